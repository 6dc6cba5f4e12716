using System.Globalization;
using KapImmersive.Rendering.Pictures;

namespace KapImmersive.Rendering.Tests.Support;

/// <summary>
/// Compares a picture with its committed reference PNG. On a mismatch it writes the picture and an amplified
/// difference image beside the test output and says where. KAP_UPDATE_GOLDEN=1 rewrites the references instead.
/// </summary>
internal static class GoldenImage
{
    /// <summary>Mean absolute difference per channel, in 8-bit steps: dither and driver rounding stay far below it.</summary>
    public const double MeanTolerance = 1.0;

    /// <summary>Any one channel of any pixel: a few stars or motes may land a pixel apart, nothing more.</summary>
    public const int MaxTolerance = 96;

    public static void Match(RgbaImage actual, string name)
    {
        var source = Path.Combine(Sessions.RepositoryFolder("tests"), "KapImmersive.Rendering.Tests", "Golden", name + ".png");
        if (Environment.GetEnvironmentVariable("KAP_UPDATE_GOLDEN") == "1")
        {
            actual.SavePng(source);
            return;
        }

        Assert.True(File.Exists(source), $"no reference picture {source}; run the tests once with KAP_UPDATE_GOLDEN=1 and look at it");
        var expected = RgbaImage.LoadPng(source);
        Assert.True(expected.Width == actual.Width && expected.Height == actual.Height,
            $"{name}: rendered {actual.Width}x{actual.Height}, reference is {expected.Width}x{expected.Height}");

        var diff = new RgbaImage(actual.Width, actual.Height);
        long total = 0;
        var max = 0;
        for (var i = 0; i < actual.Pixels.Length; i += 4)
        {
            for (var c = 0; c < 3; c++)
            {
                var d = Math.Abs(actual.Pixels[i + c] - expected.Pixels[i + c]);
                total += d;
                max = Math.Max(max, d);
                diff.Pixels[i + c] = (byte)Math.Min(255, d * 8);
            }

            diff.Pixels[i + 3] = 255;
        }

        var mean = total / (actual.Width * actual.Height * 3.0);
        if (mean <= MeanTolerance && max <= MaxTolerance)
        {
            return;
        }

        var folder = Path.Combine(AppContext.BaseDirectory, "golden-failures");
        actual.SavePng(Path.Combine(folder, name + ".actual.png"));
        diff.SavePng(Path.Combine(folder, name + ".diff.png"));
        Assert.Fail(string.Create(CultureInfo.InvariantCulture,
            $"{name} differs from its reference: mean {mean:0.###} (allowed {MeanTolerance}), max {max} (allowed {MaxTolerance}) " +
            $"8-bit steps. Rendered picture and difference (x8) written to {folder}"));
    }
}
