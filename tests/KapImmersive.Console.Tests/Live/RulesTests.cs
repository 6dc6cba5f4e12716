using KapImmersive.Console.Live;
using KapImmersive.Console.Vitals;
using KapImmersive.Core.Commands;
using KapImmersive.Core.Session;

namespace KapImmersive.Console.Tests.Live;

public sealed class RulesTests
{
    private static readonly DateTimeOffset Dosing = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly double[] Rhythm = [0, 15, 30, 45, 60, 90];

    [Fact]
    public void Vitals_are_due_at_each_rhythm_time_until_a_reading_covers_it()
    {
        Assert.Null(VitalsRhythm.NextDue(null, Rhythm, []));
        Assert.Equal(Dosing, VitalsRhythm.NextDue(Dosing, Rhythm, []));
        Assert.Equal(Dosing.AddMinutes(15), VitalsRhythm.NextDue(Dosing, Rhythm, [Dosing.AddMinutes(-2)]));
        Assert.Equal(Dosing.AddMinutes(30), VitalsRhythm.NextDue(Dosing, Rhythm, [Dosing.AddMinutes(1), Dosing.AddMinutes(12)]));
        Assert.Null(VitalsRhythm.NextDue(Dosing, Rhythm, [.. Rhythm.Select(m => Dosing.AddMinutes(m + 1))]));
    }

    [Fact]
    public void A_dashboard_request_becomes_the_core_command_and_a_wrong_one_says_what_is_wrong()
    {
        var factory = new CommandFactory(CommandCatalogue.Standard);
        Assert.True(factory.TryCreate(Request("setDarkness", CommandValues.Empty.With("level", 0.8).With("seconds", 30.0)), "clara", out var command, out _));
        Assert.Equal(new SetDarkness(command.Id, "console:clara", 0.8, 30), command);
        Assert.Equal("darkness to 0.8 over 30 s", CommandCatalogue.Standard.Find(command)!.Summarize(command));
        Assert.True(factory.TryCreate(Request("setPhase", CommandValues.Empty.With("phase", "return")), "clara", out command, out _));
        Assert.Equal(new SetPhase(command.Id, "console:clara", SessionPhase.Return), command);

        Assert.False(factory.TryCreate(Request("setVolume", CommandValues.Empty), "clara", out _, out var problem));
        Assert.Equal("args.level is required: volume: 0 silent, 1 full", problem);
        Assert.False(factory.TryCreate(Request("requestHelp", CommandValues.Empty), "clara", out _, out problem));
        Assert.StartsWith("requestHelp is not a clinician's command", problem, StringComparison.Ordinal);
        Assert.False(factory.TryCreate(Request("setDarkness", CommandValues.Empty.With("level", 0.5).With("mood", "calm")), "clara", out _, out problem));
        Assert.Equal("args.mood is not an argument of setDarkness; it takes level, seconds", problem);
    }

    [Fact]
    public void A_command_added_to_the_catalogue_is_taken_from_the_dashboard_with_no_change_to_the_console()
    {
        var entry = new CommandEntry<DimStars>
        {
            Name = "dimStars",
            Summary = "a test-only command",
            Arguments = [CommandArgument.Number("level", 0, 1, "star brightness", required: true)],
            FromValues = (id, issuer, v) => new DimStars(id, issuer, v.Number("level")),
            ToValues = c => CommandValues.Empty.With("level", c.Level),
            Handle = (state, _, _) => Decision.Apply(state, "stars dimmed"),
        };
        var factory = new CommandFactory(CommandCatalogue.Standard.With(entry));

        Assert.True(factory.TryCreate(Request("dimStars", CommandValues.Empty.With("level", 0.3)), "clara", out var command, out _));
        Assert.Equal(new DimStars(command.Id, "console:clara", 0.3), command);
        Assert.False(factory.TryCreate(Request("dimStars", CommandValues.Empty.With("level", 3.0)), "clara", out _, out var problem));
        Assert.Equal("args.level: 3 is out of range; use 0 to 1 (star brightness)", problem);
    }

    private static CommandRequest Request(string type, CommandValues args) => new(type, args);

    private sealed record DimStars(string Id, string Issuer, double Level) : SessionCommand(Id, Issuer);
}
