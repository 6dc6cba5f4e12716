using KapImmersive.Headset.Hosting;
using KapImmersive.Testing;

namespace KapImmersive.Headset.Tests.Hosting;

/// <summary>A headset loads every good preset of its folder, whatever the files beside them hold, and names the rest one line each.</summary>
public sealed class PresetFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("kap-headset-presets-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Files_that_crashed_the_loader_are_named_with_their_problems_and_every_good_preset_loads()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "environments")).FullName;
        var ocean = File.ReadAllText(RepositoryRoot.Combine("environments", "ocean-twilight.json"));
        File.WriteAllText(Path.Combine(folder, "ocean-twilight.json"), ocean.Replace("\"seed\": 42", "\"seed\": 42.0", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "a-surrogate.json"), ocean.Replace("\"Ocean twilight\"", "\"\\udfff\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "b-twice.json"), ocean.Replace("\"intensity\": 0.25,", "\"intensity\": 0.25, \"intensity\": 0.25,", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "c-elsewhere.json"), ocean.Replace("\"crossfadeSeconds\": 10,", "\"crossfadeSeconds\": 10, \"files\": [\"/etc/hostname.wav\"],", StringComparison.Ordinal));
        File.CreateSymbolicLink(Path.Combine(folder, "d-gone.json"), Path.Combine(_root, "nowhere.json"));
        File.Copy(RepositoryRoot.Combine("environments", "night-sky.json"), Path.Combine(folder, "night-sky.json"));

        var (catalog, problems) = PresetFolder.Load(folder);

        Assert.Equal(["night-sky", "ocean-twilight"], catalog.Ids.Order(StringComparer.Ordinal));
        Assert.True(catalog.TryGet("ocean-twilight", out var loaded) && loaded.Music.Soundscape!.Seed == 42);
        Assert.Contains(problems, p => p.StartsWith("a-surrogate.json:4:11: $.name: holds the escape of half a character", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("b-twice.json:11:55: $.sky.glow.intensity: this field is written a second time", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("c-elsewhere.json:25:39: $.music.files[0]: '/etc/hostname.wav' is not a plain file name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("d-gone.json:1:1: $: the file cannot be read", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.DoesNotContain('\n', p));
    }

    [Fact]
    public void A_sound_file_is_found_by_its_plain_name_in_the_audio_folder_beside_the_presets()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "environments")).FullName;
        Directory.CreateDirectory(Path.Combine(_root, "audio"));
        File.WriteAllText(Path.Combine(_root, "audio", "tide.ogg"), "OggS");
        var ocean = File.ReadAllText(RepositoryRoot.Combine("environments", "ocean-twilight.json"));
        File.WriteAllText(Path.Combine(folder, "ocean-twilight.json"), ocean.Replace("\"crossfadeSeconds\": 10,", "\"crossfadeSeconds\": 10, \"files\": [\"tide.ogg\"],", StringComparison.Ordinal));

        var (catalog, problems) = PresetFolder.Load(folder);

        Assert.Empty(problems);
        Assert.True(catalog.TryGet("ocean-twilight", out var preset));
        Assert.Equal(["tide.ogg"], preset.Music.Files);
    }
}
