namespace FieldGen.Cli
{
    /// <summary>The text of <c>fieldgen --help</c>.</summary>
    internal static class HelpText
    {
        public const string Usage = @"fieldgen - typed GenAuth (Authing) custom fields: keep the schema file in step with the tenant

Usage:
  fieldgen pull  [file] [options]   write the tenant's schema into file if it changed (default fieldgen.schema.json),
                                    with a change report beside it (<file>.changes.md)
  fieldgen check [file] [options]   does file match the tenant? exit 0 yes, 1 no, 2 could not tell
  fieldgen diff  <old> <new>        change report between two schema files; exit 0 same, 1 different, 2 error
  fieldgen prune [file]             drop every tombstone (removed field or option) from the file now

Options:
  --host <url>           API host (else FIELDGEN_HOST, else https://api.authing.cn)
  --tenant <id>          pull a tenant's fields instead of the user pool's
  --auth <scheme>        Signature (default: every request signed, no token) or ManagementToken
  --timeout <seconds>    per request (default 10)
  --lang <tag>           x-authing-lang, the language of the server's messages: zh-CN (default) or en-US
  --class-name <name>    the FieldGenSchema item's ClassName, so reports name members as generated
  --target-types <list>  the FieldGenSchema item's TargetTypes, e.g. USER,ROLE
  --markdown <file>      diff: also write the report to this file

Credentials are read only from the environment, never from options:
  FIELDGEN_ACCESS_KEY_ID, FIELDGEN_ACCESS_KEY_SECRET   the user pool's access key
  FIELDGEN_USER_POOL_ID                                optional (sent with management tokens)
";
    }
}
