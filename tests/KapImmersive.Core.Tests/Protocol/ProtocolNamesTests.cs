using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Tests.Protocol;

/// <summary>Enum values on the wire are spelled by their [JsonStringEnumMemberName], whatever the C# names.</summary>
public sealed class ProtocolNamesTests
{
    [Fact]
    public void Every_enum_on_the_wire_is_spelled_by_its_attributes()
    {
        Assert.Equal(["idle", "preparation", "dosing", "return", "ended"], ProtocolNames.All<SessionPhase>().AsEnumerable());
        Assert.Equal(["applied", "slowed", "capped", "rejected", "timedOut"], ProtocolNames.All<CommandOutcome>().AsEnumerable());
        Assert.Equal(["okay", "notOkay"], ProtocolNames.All<CheckInAnswer>().AsEnumerable());
    }

    [Fact]
    public void A_wire_name_reads_back_as_its_value_and_anything_else_does_not()
    {
        Assert.Equal("notOkay", ProtocolNames.Of(CheckInAnswer.NotOkay));
        Assert.True(ProtocolNames.TryParse<SessionPhase>("return", out var phase));
        Assert.Equal(SessionPhase.Return, phase);
        Assert.False(ProtocolNames.TryParse<SessionPhase>("Return", out _));
        Assert.False(ProtocolNames.TryParse<CommandOutcome>(null, out _));
    }
}
