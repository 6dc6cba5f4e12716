using KapImmersive.Core.Patient;

namespace KapImmersive.Core.Tests.Patient;

public sealed class PanelFollowerTests
{
    [Fact]
    public void The_prompt_rests_while_the_gaze_wanders_a_little()
    {
        var follower = new PanelFollower();
        var first = follower.Follow(HeadPose.Seated, 0);
        var after = follower.Follow(HeadPose.SeatedLooking(PanelFollower.RestDegrees - 2, 0), 1);

        Assert.Equal(first, after);
    }

    [Fact]
    public void The_prompt_glides_after_a_turned_gaze_without_jumping_and_settles_ahead_of_it()
    {
        var follower = new PanelFollower();
        follower.Follow(HeadPose.Seated, 0);
        var turned = HeadPose.SeatedLooking(40, 0);
        var previous = 0f;
        var fastest = 0f;
        for (var frame = 0; frame < 5 * 90; frame++)
        {
            var yaw = follower.Follow(turned, 1.0 / 90).YawRadians * 180 / MathF.PI;
            fastest = MathF.Max(fastest, (yaw - previous) * 90);
            previous = yaw;
        }

        Assert.InRange(previous, 40 - PanelFollower.SettleDegrees, 40.01f);
        Assert.True(fastest < 100, $"the prompt swung at {fastest:0} degrees a second");
        var pose = follower.Follow(turned, 1.0 / 90);
        Assert.Equal(HeadPose.Seated.Position.Y - PanelFollower.BelowEyesMetres, pose.Centre.Y, 4);
    }

    [Fact]
    public void A_new_prompt_appears_straight_ahead_of_the_gaze_and_level()
    {
        var head = HeadPose.SeatedLooking(30, -20);
        var pose = PanelFollower.AtGaze(head);
        var toPanel = pose.Centre - head.Position;

        Assert.Equal(30, MathF.Atan2(-toPanel.X, -toPanel.Z) * 180 / MathF.PI, 3);
        Assert.Equal(0, pose.Right.Y);
        Assert.Equal(PanelFollower.DistanceMetres, MathF.Sqrt((toPanel.X * toPanel.X) + (toPanel.Z * toPanel.Z)), 3);
    }
}
