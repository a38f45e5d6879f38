using System;
using Consumer;

var user = new UserCustomData { Age = 42 };
var role = new RoleCustomData { Budget = 12.5 };
Console.WriteLine(user.Age + " " + role.Budget);
