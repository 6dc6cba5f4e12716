using KapImmersive.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KapImmersive.Console.Tests.Support;

/// <summary>One console with two simulated headsets (room-a, room-b) and one chromium, shared by a test class's browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    internal ConsoleRig Console { get; private set; } = null!;

    internal Dictionary<string, HeadsetRig> Headsets { get; } = new(StringComparer.Ordinal);

    internal Browser Browser { get; private set; } = null!;

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Console = await ConsoleRig.StartAsync(["room-a", "room-b"]);
        foreach (var id in new[] { "room-a", "room-b" })
        {
            Headsets[id] = await Console.StartHeadsetAsync(id);
        }

        Browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Console.DisposeAsync();
    }

    /// <summary>A new browser context of the given size, signed in, on the dashboard with its stream live.</summary>
    internal async Task<IPage> SignedInPageAsync(int width = 1400, int height = 1000)
    {
        var context = await Browser.Chromium.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Console.Address.ToString());
        Assert.Contains("/signin", page.Url, StringComparison.Ordinal);
        await page.FillAsync("input[name=name]", ConsoleRig.Clinician);
        await page.FillAsync("input[name=password]", ConsoleRig.Password);
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("#connection")).ToHaveTextAsync("live");
        return page;
    }

    internal static string Shot(string name)
    {
        Directory.CreateDirectory(Screenshots);
        return Path.Combine(Screenshots, name);
    }

    internal static string Docs => RepositoryRoot.Combine("docs");
}
