using KapImmersive.Console.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KapImmersive.Console.Tests.Browser;

/// <summary>A clinician pastes something that is no preset into the presets page and reads, in plain words, what and where.</summary>
public sealed class PresetPasteTests : IAsyncLifetime
{
    private ConsoleRig _console = null!;
    private Support.Browser _browser = null!;

    public async Task InitializeAsync()
    {
        _console = await ConsoleRig.StartAsync([]);
        _browser = await Support.Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _console.DisposeAsync();
    }

    [Fact]
    public async Task Pasting_text_that_is_no_preset_says_what_is_wrong_and_where_in_plain_words()
    {
        var page = await SignedInPresetsPageAsync();
        (string Pasted, string Shown)[] pastes =
        [
            ("", "line 1, column 1: $: the preset is empty; a preset is one group of settings in { }"),
            ("Dusk meadow, but darker", "line 1, column 1: $: this is not valid JSON: a preset starts with {; found 'Dusk'"),
            ("{\n  \"id\": \"dusk\",\n}", "line 3, column 1: $: this is not valid JSON: remove the comma before this }: JSON allows none after the last item"),
        ];
        foreach (var (pasted, shown) in pastes)
        {
            await page.Locator("#text").FillAsync(pasted);
            await page.Locator("#check").ClickAsync();
            await Expect(page.Locator("#result")).ToHaveTextAsync(shown);
            await page.Locator("#upload").ClickAsync();
            await Expect(page.Locator("#result")).ToHaveTextAsync($"refused:\n{shown}");
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "preset-paste.png"), FullPage = true });
    }

    private async Task<IPage> SignedInPresetsPageAsync()
    {
        var page = await (await _browser.Chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } })).NewPageAsync();
        await page.GotoAsync($"{_console.Address}presets");
        await page.FillAsync("input[name=name]", ConsoleRig.Clinician);
        await page.FillAsync("input[name=password]", ConsoleRig.Password);
        await page.ClickAsync("button[type=submit]");
        await page.GotoAsync($"{_console.Address}presets");
        await Expect(page.Locator("#presets tr[data-preset='dusk-meadow']")).ToContainTextAsync("valid");
        return page;
    }
}
