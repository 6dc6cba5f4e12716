using KapImmersive.Cli.Tests.Support;
using KapImmersive.Testing;
using SkiaSharp;

namespace KapImmersive.Cli.Tests.Plots;

/// <summary>`kap audio render --plot` draws the render's spectrogram and loudness as a PNG a person can read.</summary>
public sealed class AudioPlotTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("kap-cli-plot-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task The_plot_is_a_PNG_with_the_spectrogram_over_the_loudness()
    {
        var png = Path.Combine(_scratch, "ocean.png");
        var (code, output, error) = await KapRunner.RunAsync(RepositoryRoot.Path, "audio", "render", "environments/ocean-twilight.json", "--minutes", "0.5",
            "--out", Path.Combine(_scratch, "ocean.wav"), "--plot", png);

        Assert.True(code == 0, error);
        Assert.Contains($"plot: {png} (spectrogram above; loudness below", output, StringComparison.Ordinal);
        using var image = SKBitmap.Decode(png);
        Assert.Equal((1400, 1000), (image.Width, image.Height));

        // The spectrogram's colours fill its data area, and the loudness panel below is mostly white paper.
        Assert.True(Colours(image, 200, 1000, 150, 420) > 50, "a spectrogram of many levels");
        Assert.Equal(SKColors.White, image.GetPixel(300, 560));
    }

    private static int Colours(SKBitmap image, int left, int right, int top, int bottom)
    {
        var seen = new HashSet<SKColor>();
        for (var x = left; x < right; x += 7)
        {
            for (var y = top; y < bottom; y += 5)
            {
                seen.Add(image.GetPixel(x, y));
            }
        }

        return seen.Count;
    }
}
