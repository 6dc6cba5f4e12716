using Microsoft.Playwright;

namespace KapImmersive.Headset.Web.Tests.Support;

/// <summary>
/// The web headset's page, served as the console serves it, open in the emulated Quest with its runtime loaded: what the
/// browser checks (pictures, sound) call into. Ready once the page has set up the check's hook.
/// </summary>
internal sealed class CheckPage : IAsyncDisposable
{
    private readonly Runtime.Tests.Support.StaticSite _site;
    private readonly EmulatedQuest _browser;

    private CheckPage(Runtime.Tests.Support.StaticSite site, EmulatedQuest browser, IPage page)
    {
        _site = site;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    /// <param name="hook">The page's global the check calls, such as kapPictures.</param>
    public static async Task<CheckPage> OpenAsync(string hook)
    {
        var site = WebHeadsetSite.Start();
        var browser = await EmulatedQuest.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(site.Address, "index.html").ToString());
        await page.WaitForFunctionAsync($"() => window.{hook} !== undefined", null, new PageWaitForFunctionOptions { Timeout = 120_000 });
        return new CheckPage(site, browser, page);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _site.DisposeAsync();
    }
}
