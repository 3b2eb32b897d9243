namespace Psychoed.Data;

/// <summary>The actions the audit log records.</summary>
public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Status = "status";
    public const string Restore = "restore";
}
