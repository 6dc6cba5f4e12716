using System.Net;
using System.Net.Http.Json;
using System.Text;
using KapImmersive.Console.Live;
using KapImmersive.Console.Record;
using KapImmersive.Console.Tests.Support;
using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Broker;
using MQTTnet;

namespace KapImmersive.Console.Tests.Pairing;

/// <summary>
/// Pairing a standalone headset over real HTTP against a real console and its embedded broker. Each test guesses from
/// its own loopback addresses (127.0.0.x), so one test's locks never reach another's.
/// </summary>
public sealed class PairingTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    private readonly ConsoleRig _console = fixture.Console;

    [Fact]
    public async Task A_code_pairs_a_headset_once_and_its_new_account_works_over_websockets()
    {
        var clinician = await Pairings.ClinicianAsync(_console);
        var pending = await Pairings.CodeAsync(clinician, "Room 2");
        Assert.Matches("^[0-9]{6}$", pending.Code);
        Assert.InRange(pending.ExpiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(9.9), TimeSpan.FromMinutes(10));
        Assert.True(Topics.IsValidId(pending.HeadsetId));
        Assert.Equal($"{_console.Address}headset", pending.HeadsetPage);

        var (headsetPage, _) = await _console.ClientAsync(signIn: false, from: "127.0.0.30");
        using var paired = await Pairings.PairAsync(headsetPage, pending.Code);
        Assert.Equal(HttpStatusCode.OK, paired.StatusCode);
        var account = (await paired.Content.ReadFromJsonAsync<PairedAccount>())!;
        Assert.Equal((pending.HeadsetId, "Room 2", "/mqtt"), (account.HeadsetId, account.Name, account.MqttPath));
        Assert.True(account.Password.Length >= 32, "the password is long and random");

        await using var headset = await MqttTestClient.ConnectAsync(_console, Transport.WebSocket, account.HeadsetId, account.Password);
        Assert.Equal(MqttClientConnectResultCode.Success, headset.Result.ResultCode);
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, (await headset.SubscribeAsync(Topics.Commands(account.HeadsetId))).Items.Single().ResultCode);
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, (await headset.SubscribeAsync(Topics.AllPresets)).Items.Single().ResultCode);
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, (await headset.SubscribeAsync("kap/v1/headsets/+/commands")).Items.Single().ResultCode);
        Assert.Contains((await headset.PublishAsync(Topics.Events(account.HeadsetId), "{}"u8.ToArray())).ReasonCode,
            new[] { MqttClientPublishReasonCode.Success, MqttClientPublishReasonCode.NoMatchingSubscribers });
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, (await headset.PublishAsync(Topics.Events("room-a"), "{}"u8.ToArray())).ReasonCode);
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, (await headset.PublishAsync(Topics.Preset("dusk-meadow"), "{}"u8.ToArray())).ReasonCode);
        await Eventually.HoldsAsync(() => headset.Received.Any(m => m.Topic == Topics.Preset("dusk-meadow")), TimeSpan.FromSeconds(10),
            "the presets the console published reach the new headset");

        var card = _console.Service<HeadsetBoard>().Find(account.HeadsetId);
        Assert.Equal(("Room 2", true, (DateTimeOffset?)null), (card?.Name, card?.Paired, card?.RevokedAt));
        var stored = _console.Service<SessionRecord>().PairedHeadsets().Single(h => h.Id == account.HeadsetId);
        Assert.True(PasswordHash.Verify(account.Password, stored.PasswordHash));
        Assert.DoesNotContain(account.Password, stored.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(ConsoleRig.Clinician, stored.PairedBy);

        using var spent = await Pairings.PairAsync(headsetPage, pending.Code);
        Assert.Equal(HttpStatusCode.Forbidden, spent.StatusCode);
        Assert.Contains("used already", await Pairings.ProblemAsync(spent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_codes_are_refused_and_slowed_per_address_so_even_the_right_one_waits_there()
    {
        var pending = await Pairings.CodeAsync(await Pairings.ClinicianAsync(_console));
        var (guesser, _) = await _console.ClientAsync(signIn: false, from: "127.0.0.31");
        var wrong = pending.Code == "000000" ? "000001" : "000000";
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var refused = await Pairings.PairAsync(guesser, wrong);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var locked = await Pairings.PairAsync(guesser, pending.Code);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.NotNull(locked.Headers.RetryAfter?.Delta);
        Assert.Contains("too many wrong codes", await Pairings.ProblemAsync(locked), StringComparison.Ordinal);

        var (elsewhere, _) = await _console.ClientAsync(signIn: false, from: "127.0.0.32");
        using var right = await Pairings.PairAsync(elsewhere, pending.Code);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task A_code_that_is_not_six_digits_is_refused_with_its_reason_and_costs_no_guess()
    {
        var pending = await Pairings.CodeAsync(await Pairings.ClinicianAsync(_console));
        var (headset, _) = await _console.ClientAsync(signIn: false, from: "127.0.0.33");
        foreach (var typed in new[] { "12345", "1234567", "abcdef", "", "12345x" })
        {
            using var refused = await Pairings.PairAsync(headset, typed);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("a pairing code is 6 digits", await Pairings.ProblemAsync(refused));
        }

        using (var form = await headset.PostAsync(new Uri("/headset/pair", UriKind.Relative), new FormUrlEncodedContent([new("code", pending.Code)])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        }

        using (var notJson = await headset.PostAsync(new Uri("/headset/pair", UriKind.Relative), new StringContent("{code:", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        }

        using var spaced = await Pairings.PairAsync(headset, $"{pending.Code[..3]} {pending.Code[3..]}");
        Assert.Equal(HttpStatusCode.OK, spaced.StatusCode);
    }

    [Fact]
    public async Task A_name_the_headset_offers_is_kept_when_the_clinician_gave_none_and_a_bad_one_costs_neither_the_code_nor_a_guess()
    {
        var clinician = await Pairings.ClinicianAsync(_console);
        var unnamed = await Pairings.CodeAsync(clinician);
        var named = await Pairings.CodeAsync(clinician, "Room 5");
        var (headset, _) = await _console.ClientAsync(signIn: false, from: "127.0.0.35");

        foreach (var bad in new[] { "", new string('n', 41), "two\nlines" })
        {
            using var refused = await Pairings.PairAsync(headset, unnamed.Code, bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("a headset's name is 1-40 characters, on one line", await Pairings.ProblemAsync(refused));
        }

        using var offered = await Pairings.PairAsync(headset, unnamed.Code, " Quest by the window ");
        Assert.Equal(HttpStatusCode.OK, offered.StatusCode);
        Assert.Equal("Quest by the window", (await offered.Content.ReadFromJsonAsync<PairedAccount>())!.Name);
        Assert.Equal("Quest by the window", _console.Service<HeadsetBoard>().Find(unnamed.HeadsetId)?.Name);

        using var overruled = await Pairings.PairAsync(headset, named.Code, "Quest 2");
        Assert.Equal(HttpStatusCode.OK, overruled.StatusCode);
        Assert.Equal("Room 5", _console.Service<SessionRecord>().PairedHeadsets().Single(h => h.Id == named.HeadsetId).Name);
    }

    [Fact]
    public async Task A_revoked_headset_is_disconnected_at_once_on_every_transport_and_refused_after()
    {
        var clinician = await Pairings.ClinicianAsync(_console);
        var account = await Pairings.PairedAsync(_console, clinician, "Room 3");
        await using var overWebSocket = await MqttTestClient.ConnectAsync(_console, Transport.WebSocket, account.HeadsetId, account.Password);
        await using var overTcp = await MqttTestClient.ConnectAsync(_console, Transport.Tcp, account.HeadsetId, account.Password);
        Assert.Equal(MqttClientConnectResultCode.Success, overWebSocket.Result.ResultCode);
        Assert.Equal(MqttClientConnectResultCode.Success, overTcp.Result.ResultCode);

        using var revoke = await clinician.PostAsync(new Uri($"/api/headsets/{account.HeadsetId}/revoke", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);

        Assert.Equal(MqttClientDisconnectReason.NotAuthorized, await overTcp.Disconnected.WaitAsync(TimeSpan.FromSeconds(2)));
        // Over WebSockets the socket's close can overtake the DISCONNECT packet that carries the reason on a busy
        // machine, so only the disconnection itself is certain there; the refusal below is what the headset acts on.
        Assert.Contains(await overWebSocket.Disconnected.WaitAsync(TimeSpan.FromSeconds(2)),
            new[] { MqttClientDisconnectReason.NotAuthorized, MqttClientDisconnectReason.NormalDisconnection });
        await using var again = await MqttTestClient.ConnectAsync(_console, Transport.WebSocket, account.HeadsetId, account.Password);
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, again.Result.ResultCode);

        Assert.NotNull(_console.Service<HeadsetBoard>().Find(account.HeadsetId)?.RevokedAt);
        Assert.Equal(ConsoleRig.Clinician, _console.Service<SessionRecord>().PairedHeadsets().Single(h => h.Id == account.HeadsetId).RevokedBy);
        using var twice = await clinician.PostAsync(new Uri($"/api/headsets/{account.HeadsetId}/revoke", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
    }

    [Fact]
    public async Task A_new_name_is_kept_and_shown_on_the_card_and_a_bad_one_is_refused_with_its_reason()
    {
        var clinician = await Pairings.ClinicianAsync(_console);
        var account = await Pairings.PairedAsync(_console, clinician);
        Assert.Null(_console.Service<HeadsetBoard>().Find(account.HeadsetId)?.Name);

        using var renamed = await clinician.PostAsJsonAsync(new Uri($"/api/headsets/{account.HeadsetId}/name", UriKind.Relative), new { name = "  Quiet room  " });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("Quiet room", _console.Service<HeadsetBoard>().Find(account.HeadsetId)?.Name);
        Assert.Equal("Quiet room", _console.Service<SessionRecord>().PairedHeadsets().Single(h => h.Id == account.HeadsetId).Name);

        foreach (var bad in new[] { "", "   ", new string('n', 41), "two\nlines" })
        {
            using var refused = await clinician.PostAsJsonAsync(new Uri($"/api/headsets/{account.HeadsetId}/name", UriKind.Relative), new { name = bad });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("a headset's name is 1-40 characters, on one line", await Pairings.ProblemAsync(refused));
        }

        using var unknown = await clinician.PostAsJsonAsync(new Uri("/api/headsets/room-a/name", UriKind.Relative), new { name = "Nope" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Quiet room", _console.Service<HeadsetBoard>().Find(account.HeadsetId)?.Name);
    }

    [Fact]
    public async Task Making_a_code_needs_a_signed_in_clinician_and_the_anti_forgery_token()
    {
        var (anonymous, _) = await _console.ClientAsync(signIn: false, from: "127.0.0.34");
        using (var refused = await anonymous.PostAsJsonAsync(new Uri("/api/pairings", UriKind.Relative), new { name = "x" }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        var (noToken, _) = await _console.ClientAsync(from: "127.0.0.34");
        using var forged = await noToken.PostAsJsonAsync(new Uri("/api/pairings", UriKind.Relative), new { name = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}
