using System;

Console.WriteLine(Consumer.Usage.Run("{\"statusCode\":200,\"data\":{\"age\":\"41\",\"school\":\"pku\",\"extra\":[1]}}"));
