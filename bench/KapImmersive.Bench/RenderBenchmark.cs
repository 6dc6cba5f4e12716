using System.Diagnostics;
using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;
using KapImmersive.Rendering;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;
using KapImmersive.Rendering.Panels;

namespace KapImmersive.Bench;

/// <summary>
/// The room renderer on this machine's GL (llvmpipe here): its cost against a bare full-screen pass for every preset
/// (<see cref="RenderBudget"/>) and pass by pass; then per frame for both Quest 3 eyes, the calls alone and the
/// console's preview: CPU time to submit, managed bytes allocated, and the whole frame once the GPU has finished.
/// </summary>
internal sealed class RenderBenchmark : IBenchmark
{
    private const double FrameSeconds = 1.0 / 90;

    public string Name => "render";

    public string Summary => "RoomRenderer: each preset against a bare full-screen pass and per pass, both eyes at 1832x1920; calls only; the preview at 640x360";

    public Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        // Everything runs here, before any await: the headless context is current on this thread only.
        using var context = HeadlessGlContext.Create();
        output.WriteLine($"render: {context.Renderer}, {context.Gl.GetString(GlConstants.Version)}, {Environment.ProcessorCount} cores");
        var presets = PresetFolder.Load("environments").OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
        using var renderer = new RoomRenderer(context.Gl, context.Flavour);
        using var bare = new BarePass(context.Gl, context.Flavour);
        using (var left = TextureFramebuffer.Create(context.Gl, 1832, 1920))
        using (var right = TextureFramebuffer.Create(context.Gl, 1832, 1920))
        {
            var budget = new RenderBudget(renderer, bare, left, right, context.Gl.Finish);
            budget.Ratios(output, presets);
            budget.Passes(output, presets);
        }

        var state = RenderSessions.Busy(presets.First(p => p.Id == "dusk-meadow"), presets);
        using (var left = TextureFramebuffer.Create(context.Gl, 1832, 1920))
        using (var right = TextureFramebuffer.Create(context.Gl, 1832, 1920))
        {
            Measure(output, "both eyes 1832x1920", context, state, 20, (frame, head, panel) =>
            {
                renderer.Draw(frame, StereoRig.Headset.EyeView(head, Eye.Left), left, panel, GazeDwell.None);
                renderer.Draw(frame, StereoRig.Headset.EyeView(head, Eye.Right), right, panel, GazeDwell.None);
            });
        }

        // llvmpipe draws on the CPU and waits for the scene buffer before sampling it, so above "submit" includes the
        // drawing itself. Tiny targets leave only the cost of the calls: what a GPU-driven headset's CPU would pay.
        using (var left = TextureFramebuffer.Create(context.Gl, 16, 16))
        using (var right = TextureFramebuffer.Create(context.Gl, 16, 16))
        {
            Measure(output, "both eyes, calls only (16x16)", context, state, 2000, (frame, head, panel) =>
            {
                renderer.Draw(frame, StereoRig.Headset.EyeView(head, Eye.Left), left, panel, GazeDwell.None);
                renderer.Draw(frame, StereoRig.Headset.EyeView(head, Eye.Right), right, panel, GazeDwell.None);
            });
        }

        using var preview = TextureFramebuffer.Create(context.Gl, 640, 360);
        Measure(output, "preview 640x360", context, state, 300, (frame, head, panel) =>
            renderer.Draw(frame, PreviewCamera.View(head, 640, 360), preview, panel, GazeDwell.None));
        return Task.CompletedTask;
    }

    private static void Measure(TextWriter output, string what, HeadlessGlContext context, SessionState state, int frames,
        Action<SceneFrame, HeadPose, PanelPose> draw)
    {
        var allocated = 0L;
        var follower = new PanelFollower();
        var submit = new double[frames];
        var total = new double[frames];
        for (var i = -5; i < frames; i++)
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            var t = RenderSessions.Start + (Math.Max(i, 0) * FrameSeconds);
            var head = HeadPose.SeatedLooking((float)Math.Sin(t) * 5, 0);
            draw(SceneComposer.Compose(state, t), head, follower.Follow(head, FrameSeconds));
            var submitted = Stopwatch.GetTimestamp();
            context.Gl.Finish();
            var finished = Stopwatch.GetTimestamp();
            if (i >= 0)
            {
                submit[i] = Stopwatch.GetElapsedTime(start, submitted).TotalMilliseconds;
                total[i] = Stopwatch.GetElapsedTime(start, finished).TotalMilliseconds;
                allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            }
        }

        Array.Sort(submit);
        Array.Sort(total);
        output.WriteLine($"render {what}: submit {submit.Average():0.###} ms mean, {submit[(int)(frames * 0.95)]:0.###} ms p95 (90 Hz budget 11.1 ms)");
        output.WriteLine($"render {what}: frame with glFinish {total.Average():0.##} ms mean, {total[(int)(frames * 0.95)]:0.##} ms p95 over {frames} frames");
        output.WriteLine($"render {what}: {(double)allocated / frames:0.###} managed bytes allocated per frame");
    }
}
