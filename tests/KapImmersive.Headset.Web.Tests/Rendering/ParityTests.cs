using System.Globalization;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Web.Tests.Support;
using KapImmersive.Rendering.Comfort;
using KapImmersive.Rendering.Headless;
using KapImmersive.Rendering.Pictures;
using KapImmersive.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KapImmersive.Headset.Web.Tests.Rendering;

/// <summary>
/// The web headset draws the room with the native renderer's code and shaders over WebGL2: the same frames drawn
/// natively (EGL on Mesa) and in Chromium (WebGL2 on SwiftShader) match, and the comfort checks hold on the browser's frames.
/// </summary>
public sealed class ParityTests(ITestOutputHelper output, PicturesPage pictures) : IClassFixture<PicturesPage>
{
    private const int Size = 192;
    private const double MaxMeanDifference = 2;
    private const int LargeDifference = 96;
    private const double MaxShareOfLargeDifferences = 0.001;

    private const string Script = """
        [{"at": 0, "type": "setPhase", "args": {"phase": "dosing"}},
         {"at": 4, "type": "startBreathing", "args": {"pattern": "box"}},
         {"at": 20, "type": "requestCheckIn", "args": {"prompt": "Are you comfortable?"}},
         {"at": 60, "type": "showMessage", "args": {"text": "You are safe. I am right here."}},
         {"at": 90, "type": "setDarkness", "args": {"level": 1, "seconds": 10}}]
        """;

    /// <summary>The breathing light, then a check-in on screen, then a message; full darkness is the comfort test's.</summary>
    private static readonly double[] Moments = [12, 30, 65];

    public static TheoryData<string> Presets => new(ShippedPresets.Ids);

    [Theory]
    [MemberData(nameof(Presets))]
    public async Task A_preset_drawn_in_the_browser_matches_the_native_drawing(string presetId)
    {
        var native = Native(presetId, Moments, PictureEye.Left, Size);
        var browser = await BrowserAsync(presetId, Moments, "Left", Size);
        for (var i = 0; i < Moments.Length; i++)
        {
            var (mean, largeShare) = Compare(native[i], browser[i]);
            Save(native[i], browser[i], $"{presetId}-{Moments[i]:0}s");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{presetId} at {Moments[i]} s: mean difference {mean:0.000} a channel, {largeShare:P3} of pixels differ by more than {LargeDifference}"));
            Assert.True(mean <= MaxMeanDifference, $"{presetId} at {Moments[i]} s: mean difference {mean:0.00} a channel (limit {MaxMeanDifference})");
            Assert.True(largeShare < MaxShareOfLargeDifferences, $"{presetId} at {Moments[i]} s: {largeShare:P3} of pixels differ by more than {LargeDifference}");
        }
    }

    [Fact]
    public async Task Frames_read_back_from_the_browser_keep_the_comfort_rules()
    {
        var darkening = Enumerable.Range(0, 200).Select(i => 80 + (i * 0.1)).ToArray();
        var frames = await BrowserAsync("night-sky", darkening, "Left", 64);
        var trace = new LuminanceTrace(10);
        foreach (var frame in frames)
        {
            trace.Add(frame.MeanLuminance());
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"browser frames 80-100 s (darkening to full over 10 s): luminance {trace.Levels[0]:0.0000} → {trace.Levels[^1]:0.0000}, fastest change {trace.MaxChangePerSecond():0.0000}/s, {trace.MaxSwingsInAnySecond()} swings in any second"));
        Assert.True(trace.IsComfortable(out var problems), problems);
        var preset = ShippedPresets.Catalog().TryGet("night-sky", out var p) ? p : throw new InvalidOperationException();
        var darkest = await BrowserAsync("night-sky", [150], "Left", 64);
        if (preset.Darkness.Max >= 1)
        {
            Assert.True(darkest[0].MeanLuminance() < 0.01, $"full darkness in the browser leaves {darkest[0].MeanLuminance():P2} luminance");
        }
    }

    private static List<RgbaImage> Native(string presetId, IReadOnlyList<double> moments, PictureEye eye, int size)
    {
        var presets = ShippedPresets.Catalog();
        presets.TryGet(presetId, out var preset);
        var (commands, _) = SessionScript.Parse(Script);
        var session = new ScriptedSession(preset!, presets, commands);
        using var context = HeadlessGlContext.Create();
        using var pictures = new RoomPictures(context);
        return [.. moments.Select(at => pictures.Render(SceneComposer.Compose(session.AdvanceTo(at), at), eye, size, size))];
    }

    private async Task<List<RgbaImage>> BrowserAsync(string presetId, double[] moments, string eye, int size)
    {
        var encoded = await pictures.Check.Page.EvaluateAsync<string>("""
            ([documents, id, script, moments, eye, size]) => {
              const pixels = window.kapPictures(documents, id, script, moments, eye, size, size);
              let text = '';
              for (let i = 0; i < pixels.length; i += 0x8000) text += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
              return btoa(text);
            }
            """, new object[] { ShippedPresets.Documents(), presetId, Script, moments, eye, size });
        var bytes = Convert.FromBase64String(encoded);
        var each = size * size * 4;
        return [.. Enumerable.Range(0, moments.Length).Select(i => new RgbaImage(size, size, bytes[(i * each)..((i + 1) * each)]))];
    }

    private static (double Mean, double LargeShare) Compare(RgbaImage a, RgbaImage b)
    {
        long sum = 0;
        var large = 0;
        for (var i = 0; i < a.Pixels.Length; i += 4)
        {
            var most = 0;
            for (var c = 0; c < 3; c++)
            {
                var d = Math.Abs(a.Pixels[i + c] - b.Pixels[i + c]);
                sum += d;
                most = Math.Max(most, d);
            }

            large += most > LargeDifference ? 1 : 0;
        }

        var pixels = a.Pixels.Length / 4;
        return ((double)sum / (pixels * 3), (double)large / pixels);
    }

    private void Save(RgbaImage native, RgbaImage browser, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "parity");
        Directory.CreateDirectory(folder);
        native.SavePng(Path.Combine(folder, $"{name}-native.png"));
        browser.SavePng(Path.Combine(folder, $"{name}-browser.png"));
        output.WriteLine($"pictures: {Path.Combine(folder, name)}-native.png / -browser.png");
    }
}
