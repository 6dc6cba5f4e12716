using KapImmersive.Console.Tests.Support;
using Microsoft.Playwright;
using MQTTnet;
using static Microsoft.Playwright.Assertions;

namespace KapImmersive.Console.Tests.Browser;

/// <summary>
/// A headset's browser at https://CONSOLE/headset/, with a stand-in for the web headset: a secure context, WebAssembly
/// compiled under the console's CSP, pairing by code, a WebSocket to /mqtt; and the paired account used over wss.
/// </summary>
public sealed class HeadsetPageTests(SecureConsoleFixture fixture) : IClassFixture<SecureConsoleFixture>, IAsyncLifetime
{
    private Support.Browser _browser = null!;

    public async Task InitializeAsync() => _browser = await Support.Browser.LaunchAsync();

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task The_headset_page_loads_over_https_compiles_its_webassembly_pairs_and_opens_its_socket()
    {
        var pending = await Pairings.CodeAsync(await Pairings.ClinicianAsync(fixture.Console), "Room 7");
        var context = await _browser.Chromium.NewContextAsync(new() { IgnoreHTTPSErrors = true, ViewportSize = new() { Width = 800, Height = 600 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        var wasm = page.WaitForResponseAsync(r => r.Url.EndsWith("/room.wasm", StringComparison.Ordinal));

        await page.GotoAsync($"{fixture.Console.SecureAddress}headset");
        await Expect(page.Locator("#secure")).ToHaveTextAsync("secure context: true");
        await Expect(page.Locator("#wasm")).ToHaveTextAsync("wasm: 42");
        Assert.Equal("br", await (await wasm).HeaderValueAsync("content-encoding"));

        await page.FillAsync("#code", pending.Code);
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("#paired")).ToHaveTextAsync($"paired: {pending.HeadsetId}");
        await Expect(page.Locator("#socket")).ToHaveTextAsync("socket: open (mqtt)");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("headset-placeholder-https.png") });
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Mqtt_over_wss_works_with_the_clinics_certificate_and_with_no_other()
    {
        var account = await Pairings.PairedAsync(fixture.Console, await Pairings.ClinicianAsync(fixture.Console), "Room 8");

        await using var trusting = await MqttTestClient.ConnectSecureAsync(fixture.Console, fixture.Certificate, account.HeadsetId, account.Password);
        Assert.Equal(MqttClientConnectResultCode.Success, trusting.Result.ResultCode);

        using var stranger = Messaging.Broker.SelfSignedCertificate.Create("someone-else", ["localhost"], [System.Net.IPAddress.Loopback], TimeSpan.FromDays(1),
            DateTimeOffset.UtcNow);
        await Assert.ThrowsAnyAsync<Exception>(() => MqttTestClient.ConnectSecureAsync(fixture.Console, stranger, account.HeadsetId, account.Password));
    }
}
