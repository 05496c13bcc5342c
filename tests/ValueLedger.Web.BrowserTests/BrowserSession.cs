using Microsoft.Playwright;

namespace ValueLedger.Web.BrowserTests;

/// <summary>One browser context and page, recording every console error, failed request and uncaught page error.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<string> errors = [];

    public BrowserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add($"console error on {page.Url}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add($"page error on {page.Url}: {error}");
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (errors)
            {
                return [.. errors];
            }
        }
    }

    public async Task LoginAsync(string actor, string password)
    {
        if (!Page.Url.Contains("/login", StringComparison.Ordinal))
        {
            await Page.GotoAsync("/login");
        }

        await Page.GetByLabel("User name").FillAsync(actor);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    /// <summary>Opens <paramref name="path"/> and fails unless the server answered 2xx.</summary>
    public async Task<IResponse> GotoOkAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        return response!;
    }

    /// <summary>Saves a full-page screenshot as <c>artifacts/screenshots/NAME.png</c> for review.</summary>
    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public void AssertNoConsoleErrors() => Assert.True(Errors.Count == 0, string.Join(Environment.NewLine, Errors));

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
