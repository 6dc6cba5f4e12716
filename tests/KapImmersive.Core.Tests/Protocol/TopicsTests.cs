using KapImmersive.Core.Protocol;

namespace KapImmersive.Core.Tests.Protocol;

public sealed class TopicsTests
{
    [Fact]
    public void Headset_topics_follow_the_design_outline()
    {
        Assert.Equal("kap/v1/headsets/room-2/commands", Topics.Commands("room-2"));
        Assert.Equal("kap/v1/headsets/room-2/presence", Topics.Presence("room-2"));
        Assert.Equal("kap/v1/presets/night-sky", Topics.Preset("night-sky"));
    }

    [Theory]
    [InlineData("kap/v1/headsets/room-2/events", true, "room-2", "events")]
    [InlineData("kap/v1/headsets/Room-2/events", false, null, null)]
    [InlineData("kap/v1/headsets/room-2/events/extra", false, null, null)]
    [InlineData("kap/v1/headsets//events", false, null, null)]
    [InlineData("kap/v2/headsets/room-2/events", false, null, null)]
    public void Headset_topics_parse_only_when_well_formed(string topic, bool ok, string? id, string? channel)
    {
        Assert.Equal(ok, Topics.TryParseHeadsetTopic(topic, out var parsedId, out var parsedChannel));
        Assert.Equal(id, parsedId);
        Assert.Equal(channel, parsedChannel);
    }

    [Theory]
    [InlineData("+")]
    [InlineData("#")]
    [InlineData("a/b")]
    [InlineData("Jane Doe")]
    public void Ids_that_could_widen_a_subscription_or_carry_a_name_are_refused(string id)
    {
        Assert.False(Topics.IsValidId(id));
        Assert.Throws<ArgumentException>(() => Topics.Commands(id));
    }
}
