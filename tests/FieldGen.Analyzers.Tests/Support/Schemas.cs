namespace FieldGen.Analyzers.Tests.Support
{
    /// <summary>Schema files the tests compile against, in the forms a user exports.</summary>
    internal static class Schemas
    {
        /// <summary>The sample's USER fields (getCustomFields response) plus two ROLE fields.</summary>
        public const string UserAndRole = """
            {
              "statusCode": 200,
              "message": "ok",
              "data": [
                { "targetType": "USER", "dataType": "ENUM", "key": "school", "label": "School",
                  "options": [ { "value": "pku", "label": "Peking University" }, { "value": "hust", "label": "HUST" }, { "value": "tsinghua", "label": "Tsinghua" } ] },
                { "targetType": "USER", "dataType": "NUMBER", "key": "age", "label": "Age" },
                { "targetType": "USER", "dataType": "DATETIME", "key": "graduated_at", "label": "Graduated at" },
                { "targetType": "USER", "dataType": "BOOLEAN", "key": "is-verified", "label": "Verified" },
                { "targetType": "USER", "dataType": "STRING", "key": "employee_id", "label": "Employee ID" },
                { "targetType": "ROLE", "dataType": "STRING", "key": "cost_center", "label": "Cost center" },
                { "targetType": "ROLE", "dataType": "NUMBER", "key": "level", "label": "Level" }
              ]
            }
            """;
    }
}
