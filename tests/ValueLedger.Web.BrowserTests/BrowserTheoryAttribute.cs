namespace ValueLedger.Web.BrowserTests;

/// <summary>A browser theory; skipped like <see cref="BrowserFactAttribute"/> when Chromium is missing outside CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        Skip = new BrowserFactAttribute().Skip;
    }
}
