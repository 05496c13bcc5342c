namespace ValueLedger.Web.BrowserTests;

/// <summary>
/// A browser test. It needs Debian's Chromium at <see cref="BrowserFixture.ChromiumPath"/>; CI installs it
/// (<c>.ci/run</c>), so under <c>CI=true</c> a missing browser fails the run. On a developer machine without
/// Chromium the test is skipped with the command that installs it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"no Chromium at {BrowserFixture.ChromiumPath}: install it (apt-get install -y chromium) to run the browser tests; CI always runs them";
        }
    }
}
