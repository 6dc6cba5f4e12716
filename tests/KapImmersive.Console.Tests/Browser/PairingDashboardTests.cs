using System.Net;
using System.Net.Http.Json;
using KapImmersive.Console.Tests.Support;
using Microsoft.Playwright;
using MQTTnet;
using static Microsoft.Playwright.Assertions;

namespace KapImmersive.Console.Tests.Browser;

/// <summary>Pairing, renaming and revoking a standalone headset from the dashboard in chromium, the headset pairing over real HTTP and MQTT.</summary>
public sealed class PairingDashboardTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_clinician_adds_a_headset_reads_its_code_off_the_screen_then_renames_and_revokes_it()
    {
        var page = await fixture.SignedInPageAsync(1280, 800);
        await page.FillAsync("#new-headset-name", "Room 9");
        await page.ClickAsync("#add-headset button[type=submit]");
        var box = page.Locator("#pairing-codes .pairing-code");
        await Expect(box.Locator(".expiry")).ToContainTextAsync("min");
        await Expect(box.Locator(".for")).ToContainTextAsync("For Room 9 (hs-");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("pairing-code-1280x800.png") });
        var code = (await box.Locator(".code [aria-hidden=true]").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal);
        Assert.Matches("^[0-9]{6}$", code);

        var (headsetPage, _) = await fixture.Console.ClientAsync(signIn: false, from: "127.0.0.40");
        using var paired = await Pairings.PairAsync(headsetPage, code);
        Assert.Equal(HttpStatusCode.OK, paired.StatusCode);
        var account = (await paired.Content.ReadFromJsonAsync<PairedAccount>())!;
        await Expect(box.Locator(".done")).ToHaveTextAsync($"Paired: Room 9 now has its own account and appears below.");

        var card = page.Locator($"article.card[data-headset='{account.HeadsetId}']");
        await Expect(card.Locator("h2 .title")).ToHaveTextAsync($"Room 9 · {account.HeadsetId}");
        await card.Locator("input[name=headsetName]").FillAsync("Quiet room");
        await card.Locator("[data-action=rename]").ClickAsync();
        await Expect(card.Locator("h2 .title")).ToHaveTextAsync($"Quiet room · {account.HeadsetId}");
        await Expect(card.Locator(".outcome")).ToContainTextAsync("now \"Quiet room\"");

        await using var headset = await MqttTestClient.ConnectAsync(fixture.Console, Transport.Tcp, account.HeadsetId, account.Password);
        Assert.Equal(MqttClientConnectResultCode.Success, headset.Result.ResultCode);
        await card.Locator("[data-action=revoke]").ClickAsync();
        await Expect(card.GetByRole(AriaRole.Group, new() { Name = $"Revoke {account.HeadsetId}?" })).ToBeVisibleAsync();
        await card.Locator("[data-action=revoke-confirm]").ClickAsync();
        await Expect(card.Locator(".status")).ToHaveTextAsync("revoked");
        await Expect(card.Locator(".revoked-note")).ToContainTextAsync("disconnected, and refused if it tries again");
        Assert.Equal(MqttClientDisconnectReason.NotAuthorized, await headset.Disconnected.WaitAsync(TimeSpan.FromSeconds(2)));
        await using var again = await MqttTestClient.ConnectAsync(fixture.Console, Transport.WebSocket, account.HeadsetId, account.Password);
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, again.Result.ResultCode);
        await card.ScreenshotAsync(new() { Path = BrowserFixture.Shot("pairing-revoked-card.png") });
    }
}
