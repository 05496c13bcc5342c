using System.Runtime.CompilerServices;

namespace ValueLedger.Tests.Shared;

/// <summary>
/// Points VALUELEDGER_SECRET_FILE at this test run's own secret before any test code runs, so no test ever touches the
/// machine's installation secret and the variable never changes under a test that is already hashing (a fixture's
/// static constructor setting it mid-run made a ledger opened earlier meet another secret).
/// </summary>
internal static class TestSecret
{
    public static string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"valueledger-test-secret-{Environment.ProcessId}");

#pragma warning disable CA2255 // a module initializer is the point: it must run before any test of this assembly
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialise() => Environment.SetEnvironmentVariable("VALUELEDGER_SECRET_FILE", Path);
}
