using KapImmersive.Core.Session;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Messaging.Tests.Support;

namespace KapImmersive.Messaging.Tests;

[Collection(BrokersGroup.Name)]
public sealed class RoundTripTests(BrokersFixture brokers)
{
    [Theory]
    [InlineData(BrokerKind.Embedded, false)]
    [InlineData(BrokerKind.Mosquitto, false)]
    [InlineData(BrokerKind.Embedded, true)]
    [InlineData(BrokerKind.Mosquitto, true)]
    public async Task Every_command_type_reaches_the_headset_and_its_outcome_comes_back(BrokerKind kind, bool tls)
    {
        var broker = brokers[kind];
        var id = tls ? "h2" : "h1";
        await using var headset = await HeadsetRig.StartAsync(Links.For(broker, id, tls), id, brokers.NewFolder(id),
            PatientScript.Idle);
        await using var console = await Links.ConsoleAsync(broker, tls);
        var n = 0;
        string Id() => $"rt-{Guid.NewGuid():N}-{n++}";
        const string Clinician = "dr-test";

        SessionCommand[] first =
        [
            new SetPhase(Id(), Clinician, SessionPhase.Preparation),
            new LoadPreset(Id(), Clinician, "night-sky"),
            new SetDarkness(Id(), Clinician, 0.5, 20),
            new SetVolume(Id(), Clinician, 0.3, 20),
            new StartBreathing(Id(), Clinician),
            new StopBreathing(Id(), Clinician),
            new ShowMessage(Id(), Clinician, "You are doing well", 30),
            new ClearMessage(Id(), Clinician),
            new SetCheckInInterval(Id(), Clinician, 0),
            new RequestCheckIn(Id(), Clinician, "How are you?", 60),
        ];
        foreach (var command in first)
        {
            await AssertCarriedOutAsync(console.SendAsync(id, command, CancellationToken.None), command);
        }

        await Eventually.HoldsAsync(() => console.Find(id)?.State?.CheckInId is not null, TimeSpan.FromSeconds(5), "the state shows the pending check-in");
        SessionCommand[] rest =
        [
            new AnswerCheckIn(Id(), Clinician, console.Find(id)!.State!.CheckInId!, CheckInAnswer.Okay),
            new RequestHelp(Id(), Clinician, "remote"),
            new EndSession(Id(), Clinician, 5),
        ];
        foreach (var command in rest)
        {
            await AssertCarriedOutAsync(console.SendAsync(id, command, CancellationToken.None), command);
        }

        Assert.Equal(13, first.Length + rest.Length);
        await Eventually.HoldsAsync(() => console.Find(id)?.State?.Phase == "return", TimeSpan.FromSeconds(5), "the console sees the return phase");
        Assert.Equal("night-sky", console.Find(id)!.State!.PresetId);
    }

    private static async Task AssertCarriedOutAsync(Task<Messaging.Consoles.CommandResult> sending, SessionCommand command)
    {
        var result = await sending;
        Assert.Equal(command.Id, result.CommandId);
        Assert.True(result.Outcome is CommandOutcome.Applied or CommandOutcome.Slowed or CommandOutcome.Capped,
            $"{command.GetType().Name}: {result.Outcome} ({result.Reason})");
    }
}
