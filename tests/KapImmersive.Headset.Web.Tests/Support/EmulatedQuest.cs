using KapImmersive.Testing;
using Microsoft.Playwright;

namespace KapImmersive.Headset.Web.Tests.Support;

/// <summary>
/// Debian's chromium with WebGL2 on SwiftShader and npm's iwer (Meta's Immersive Web Emulation Runtime) installed in
/// every page before its own scripts, emulating a Meta Quest 3: the page sees navigator.xr as on the headset, and a
/// test moves the emulated head, presses the emulated controller and takes the headset off through it.
/// </summary>
internal sealed class EmulatedQuest : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private EmulatedQuest(IPlaywright playwright, IBrowser chromium)
    {
        _playwright = playwright;
        Chromium = chromium;
    }

    public IBrowser Chromium { get; }

    public static async Task<EmulatedQuest> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--autoplay-policy=no-user-gesture-required"],
        });
        return new EmulatedQuest(playwright, chromium);
    }

    /// <summary>A page of its own (its own storage) with the emulated headset installed; <paramref name="context"/> keeps storage across pages.</summary>
    public async Task<IPage> NewPageAsync(IBrowserContext? context = null)
    {
        context ??= await Chromium.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, ViewportSize = new() { Width = 960, Height = 720 } });
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(scriptPath: Iwer);
        await page.AddInitScriptAsync("""
            window.kapXrDevice = new IWER.XRDevice(IWER.metaQuest3, { stereoEnabled: true });
            window.kapXrDevice.installRuntime({ forceInstall: true });
            """);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        _playwright.Dispose();
    }

    private static string Iwer
    {
        get
        {
            var path = RepositoryRoot.Combine("tests", "KapImmersive.Headset.Web.Tests", "js", "node_modules", "iwer", "build", "iwer.min.js");
            return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: run scripts/ensure-npm-packages.sh (./test.sh does)", path);
        }
    }
}
