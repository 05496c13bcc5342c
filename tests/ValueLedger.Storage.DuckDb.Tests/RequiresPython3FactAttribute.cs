namespace ValueLedger.Storage.DuckDb.Tests;

/// <summary>
/// A fact that needs <c>python3</c> on the PATH (to hold a file lock from another process, on
/// Linux or macOS); skipped with that reason where it is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresPython3FactAttribute : FactAttribute
{
    public RequiresPython3FactAttribute()
    {
        if (OperatingSystem.IsWindows() || Python3 is null)
        {
            Skip = "needs python3 on the PATH (Linux or macOS) to hold a lock on the ledger from another process";
        }
    }

    /// <summary>The python3 executable, or null.</summary>
    public static string? Python3 { get; } = Environment.GetEnvironmentVariable("PATH")?
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(directory => Path.Combine(directory, "python3"))
        .FirstOrDefault(File.Exists);
}
