using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Panels;
using KapImmersive.Rendering.Tests.Support;

namespace KapImmersive.Rendering.Tests;

[Collection(SharedGl.Name)]
public sealed class RoomRendererAllocationTests(RoomFixture room)
{
    [Fact]
    public void Drawing_both_eyes_of_a_busy_frame_allocates_nothing_on_the_managed_heap()
    {
        var session = Sessions.Play("dusk-meadow", Sessions.Breathing(0), Sessions.CheckIn(1), Sessions.Darkness(2, 0.9),
            new(3, new Core.Session.ShowMessage("m", "test", "You are safe here.", 60)));
        var state = session.AdvanceTo(5);
        var allocated = room.Run(p =>
        {
            var target = p.Target(96, 96);
            var follower = new PanelFollower();
            var rig = p.Rig;
            var dwell = new GazeDwell(PatientChoice.NotOkay, 0.5f);
            for (var i = 0; i < 3; i++)
            {
                Frame(p.Renderer, state, 5 + (i / 90.0), rig, follower, target, dwell);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 3; i < 93; i++)
            {
                Frame(p.Renderer, state, 5 + (i / 90.0), rig, follower, target, dwell);
            }

            return GC.GetAllocatedBytesForCurrentThread() - before;
        });

        Assert.Equal(0, allocated);
    }

    private static void Frame(RoomRenderer renderer, Core.Session.SessionState state, double t, StereoRig rig, PanelFollower follower,
        IRenderTarget target, in GazeDwell dwell)
    {
        var frame = SceneComposer.Compose(state, t);
        var head = HeadPose.SeatedLooking((float)(t * 2), 0);
        var panel = follower.Follow(head, 1.0 / 90);
        renderer.Draw(frame, rig.EyeView(head, Eye.Left), target, panel, dwell);
        renderer.Draw(frame, rig.EyeView(head, Eye.Right), target, panel, dwell);
    }
}
