using System.Security.Cryptography;
using KapImmersive.Audio.Mixing;
using KapImmersive.Audio.Output;
using KapImmersive.Audio.Rendering;
using KapImmersive.Audio.Scene;
using KapImmersive.Audio.Tests.Support;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Session;

namespace KapImmersive.Audio.Tests.Mixing;

public sealed class DeterminismTests : IDisposable
{
    private readonly Fixtures _fixtures = new();

    public void Dispose() => _fixtures.Dispose();

    [Fact]
    public void The_same_preset_seed_and_script_give_a_bit_identical_file()
    {
        var preset = Presets.Named("ocean-twilight");
        Assert.Equal(Hash(RenderFile(preset, "a.wav")), Hash(RenderFile(preset, "b.wav")));
    }

    [Fact]
    public void Another_seed_gives_another_sound()
    {
        var preset = Presets.Named("ocean-twilight");
        var reseeded = preset with { Music = preset.Music with { Soundscape = preset.Music.Soundscape! with { Seed = 43 } } };
        Assert.NotEqual(Hash(RenderFile(preset, "a.wav")), Hash(RenderFile(reseeded, "b.wav")));
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private string RenderFile(EnvironmentPreset preset, string name)
    {
        TimedCommand[] script =
        [
            new(0, new SetPhase("p", "c", SessionPhase.Preparation)),
            new(5, new StartBreathing("b", "c", "coherent")),
            new(10, new SetPhase("d", "c", SessionPhase.Dosing)),
            new(20, new RequestCheckIn("k", "c", null, 60)),
            new(30, new SetVolume("v", "c", 0.2)),
        ];
        var session = new ScriptedSession(preset, new PresetCatalog([preset]), script);
        using var mixer = new SceneMixer(new ScriptedSceneSource(session), new PresetMusicFactory());
        using (var sink = new WavFileSink(_fixtures.Path(name)))
        {
            OfflineRenderer.Render(mixer, 45, sink, [], CancellationToken.None);
        }

        return _fixtures.Path(name);
    }
}
