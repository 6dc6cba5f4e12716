using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using KapImmersive.Console.Live;
using KapImmersive.Console.Pairing;
using KapImmersive.Console.Tests.Support;
using MQTTnet;
using Brokers = KapImmersive.Messaging.Tests.Support;

namespace KapImmersive.Console.Tests.Pairing;

/// <summary>Pairing across a console's life, each test on a console of its own: the limit on guesses, a restart, an external broker.</summary>
public sealed class PairingConsoleTests
{
    [Fact]
    public async Task However_many_addresses_guess_no_more_than_twenty_wrong_codes_are_tried_in_the_life_of_a_code()
    {
        await using var console = await ConsoleRig.StartAsync([]);
        var pending = await Pairings.CodeAsync(await Pairings.ClinicianAsync(console));
        var wrong = pending.Code == "000000" ? "000001" : "000000";
        for (var guess = 0; guess < PairingGuard.WrongCodesPerCodeLifetime; guess++)
        {
            // Four guesses from each address, under the per-address limit, as a guesser with many addresses would.
            var (guesser, _) = await console.ClientAsync(signIn: false, from: string.Create(CultureInfo.InvariantCulture, $"127.0.1.{1 + (guess / 4)}"));
            using var refused = await Pairings.PairAsync(guesser, wrong);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var (fresh, _) = await console.ClientAsync(signIn: false, from: "127.0.1.100");
        using var locked = await Pairings.PairAsync(fresh, pending.Code);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.InRange(locked.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task Paired_headsets_and_their_accounts_come_back_after_a_restart_and_a_revoked_one_stays_refused()
    {
        await using var console = await ConsoleRig.StartAsync([]);
        var clinician = await Pairings.ClinicianAsync(console);
        var kept = await Pairings.PairedAsync(console, clinician, "Room 4");
        var revoked = await Pairings.PairedAsync(console, clinician, "Room 5");
        using (var revoke = await clinician.PostAsync(new Uri($"/api/headsets/{revoked.HeadsetId}/revoke", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        }

        await console.RestartAsync();

        await using (var back = await MqttTestClient.ConnectAsync(console, Transport.WebSocket, kept.HeadsetId, kept.Password))
        {
            Assert.Equal(MqttClientConnectResultCode.Success, back.Result.ResultCode);
        }

        await using (var refused = await MqttTestClient.ConnectAsync(console, Transport.WebSocket, revoked.HeadsetId, revoked.Password))
        {
            Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, refused.Result.ResultCode);
        }

        var board = console.Service<HeadsetBoard>();
        Assert.Equal(("Room 4", true, false), (board.Find(kept.HeadsetId)?.Name, board.Find(kept.HeadsetId)?.Paired, board.Find(kept.HeadsetId)?.RevokedAt is not null));
        Assert.Equal(("Room 5", true), (board.Find(revoked.HeadsetId)?.Name, board.Find(revoked.HeadsetId)?.RevokedAt is not null));
    }

    [Fact]
    public async Task With_an_external_broker_pairing_is_refused_with_a_plain_reason()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kap-console-tests", Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var credentials = new Brokers.TestCredentials(headsets: 1);
            var certificates = await Brokers.TestCertificates.CreateAsync(Path.Combine(folder, "certificates"), CancellationToken.None);
            await using var broker = await Brokers.TestBroker.StartAsync(Brokers.BrokerKind.Embedded, credentials, certificates, folder, CancellationToken.None);
            await using var console = await ConsoleRig.StartAsync([], new Dictionary<string, string?>
            {
                ["Kap:Clinic:EmbeddedBroker"] = "false",
                ["Kap:Console:Link:Port"] = broker.Port.ToString(CultureInfo.InvariantCulture),
                ["Kap:Console:Link:UserName"] = Brokers.TestCredentials.ConsoleUser,
                ["Kap:Console:Link:Password"] = credentials.Passwords[Brokers.TestCredentials.ConsoleUser],
            });

            var clinician = await Pairings.ClinicianAsync(console);
            using var refused = await clinician.PostAsJsonAsync(new Uri("/api/pairings", UriKind.Relative), new { name = "Room 6" });
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("external broker", await Pairings.ProblemAsync(refused), StringComparison.Ordinal);

            var (headset, _) = await console.ClientAsync(signIn: false, from: "127.0.1.200");
            using var pair = await Pairings.PairAsync(headset, "123456");
            Assert.Equal(HttpStatusCode.Conflict, pair.StatusCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
