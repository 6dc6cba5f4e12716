using KapImmersive.Cli.Tests.Support;
using KapImmersive.Testing;

namespace KapImmersive.Cli.Tests;

/// <summary>`kap render` and `kap audio render` as a therapist runs them: real files out, plain figures printed, usage errors named.</summary>
[Collection(DrawsWithGl.Name)]
public sealed class PictureAndSoundCommandsTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("kap-cli-media-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Render_writes_a_picture_of_the_preset_at_that_moment()
    {
        var png = Path.Combine(_scratch, "dusk.png");
        var (code, _, error) = await KapRunner.RunAsync(RepositoryRoot.Path, "render", "environments/dusk-meadow.json", "--at", "60", "--out", png, "--size", "160x90");
        Assert.True(code == 0, error);
        var bytes = await File.ReadAllBytesAsync(png);
        Assert.True(bytes is [0x89, (byte)'P', (byte)'N', (byte)'G', ..], "a PNG file");
    }

    [Fact]
    public async Task Audio_render_writes_the_sound_and_prints_its_loudness()
    {
        var wav = Path.Combine(_scratch, "warm.wav");
        var (code, output, error) = await KapRunner.RunAsync(RepositoryRoot.Path, "audio", "render", "environments/warm-room.json", "--minutes", "0.25", "--out", wav);
        Assert.True(code == 0, error);
        Assert.True(new FileInfo(wav).Length > 48_000 * 2 * 4 * 14, "about 15 s of 48 kHz stereo float");
        Assert.Contains("LUFS", output, StringComparison.Ordinal);
        Assert.Contains("dBTP", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render", "environments/dusk-meadow.json", "--at", "10")]
    [InlineData("render", "environments/dusk-meadow.json", "--at", "10", "--out", "x.png", "--eye", "third")]
    [InlineData("audio", "render", "environments/warm-room.json", "--out", "x.wav")]
    [InlineData("audio", "render", "environments/warm-room.json", "--minutes", "lots", "--out", "x.wav")]
    public async Task Missing_or_wrong_options_are_usage_errors(params string[] words)
    {
        var (code, _, error) = await KapRunner.RunAsync(_scratch, words.Select(w => w.StartsWith("environments", StringComparison.Ordinal) ? RepositoryRoot.Combine(w) : w).ToArray());
        Assert.Equal(2, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
