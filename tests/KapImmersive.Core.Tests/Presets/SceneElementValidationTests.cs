using KapImmersive.Core.Presets;
using KapImmersive.Core.Scene;

namespace KapImmersive.Core.Tests.Presets;

/// <summary>The room's elements (moon, clouds, aurora, Milky Way, ground kinds, the interior, mote kinds): one bad value each, named with its line.</summary>
public sealed class SceneElementValidationTests
{
    private const string Valid = """
        {
          "id": "lamp-room",
          "name": "Lamp room",
          "sky": {
            "zenith": "#101828",
            "horizon": "#302838",
            "moon": { "size": 1.5, "lit": 0.6, "azimuth": 20, "elevation": 30 },
            "clouds": { "cover": 0.4, "driftDegreesPerMinute": 3 },
            "aurora": { "intensity": 0.5, "colour": "#2E7A58", "azimuth": 10 },
            "milkyWay": { "intensity": 0.4, "tilt": 30 }
          },
          "ground": { "kind": "room", "colour": "#2A2018", "treeLine": 0.3, "hills": 0.2 },
          "room": { "wall": "#3D3229", "lamp": "#FFB874", "lampIntensity": 0.5, "rain": 0.6 },
          "atmosphere": { "motes": { "kind": "embers", "density": 0.2 } }
        }
        """;

    [Fact]
    public void A_preset_with_every_element_loads_them_with_defaults_for_what_it_leaves_out()
    {
        var result = PresetParser.Parse(Valid.Replace("\"lit\": 0.6, ", "", StringComparison.Ordinal));

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var preset = result.Preset!;
        Assert.Equal((1.5, 1.0, 20.0, 30.0), (preset.Sky.Moon!.Size, preset.Sky.Moon.Lit, preset.Sky.Moon.Azimuth, preset.Sky.Moon.Elevation));
        Assert.Equal(0.4, preset.Sky.Clouds!.Cover);
        Assert.Equal(10, preset.Sky.Aurora!.Azimuth);
        Assert.Equal(30, preset.Sky.MilkyWay!.Tilt);
        Assert.Equal(("room", 0.3, 0.2), (preset.Ground.Kind, preset.Ground.TreeLine, preset.Ground.Hills));
        Assert.Equal(0.6, preset.Room!.Rain);
        Assert.Equal("embers", preset.Atmosphere.Motes.Kind);
    }

    [Fact]
    public void A_preset_without_the_elements_has_no_moon_clouds_aurora_milky_way_or_room_and_plain_ground_with_dust()
    {
        var result = PresetParser.Parse("""{ "id": "bare", "name": "Bare", "sky": { "zenith": "#101828", "horizon": "#302838" } }""");

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var preset = result.Preset!;
        Assert.Equal((null, null, null, null, null), (preset.Sky.Moon, preset.Sky.Clouds, preset.Sky.Aurora, preset.Sky.MilkyWay, preset.Room));
        Assert.Equal(("plain", "dust"), (preset.Ground.Kind, preset.Atmosphere.Motes.Kind));
    }

    [Theory]
    [InlineData("\"size\": 1.5", "\"size\": 9", "$.sky.moon.size", 7, 23, "9 is too high; degrees across (the real moon looks half a degree): a number from 0.3 to 5")]
    [InlineData("\"lit\": 0.6", "\"lit\": 0", "$.sky.moon.lit", 7, 35, "0 is too low")]
    [InlineData("\"azimuth\": 20", "\"azimuth\": 400", "$.sky.moon.azimuth", 7, 51, "400 is too high; compass degrees: a number from 0 to 360")]
    [InlineData("\"elevation\": 30", "\"elevation\": -5", "$.sky.moon.elevation", 7, 68, "-5 is too low; degrees above the horizon: a number from 2 to 80")]
    [InlineData("\"cover\": 0.4", "\"cover\": \"half\"", "$.sky.clouds.cover", 8, 26, "expected a number, found text 'half'")]
    [InlineData("\"driftDegreesPerMinute\": 3", "\"driftDegreesPerMinute\": 30", "$.sky.clouds.driftDegreesPerMinute", 8, 56, "30 is too high; so a sky of cloud never seems to move, a number from 0 to 12")]
    [InlineData("\"intensity\": 0.5", "\"intensity\": 1.5", "$.sky.aurora.intensity", 9, 30, "1.5 is too high")]
    [InlineData("\"colour\": \"#2E7A58\"", "\"colour\": \"#40FF90\"", "$.sky.aurora.colour", 9, 45, "too bright for a dosing room")]
    [InlineData("\"azimuth\": 10", "\"azimuth\": -10", "$.sky.aurora.azimuth", 9, 67, "-10 is too low")]
    [InlineData("\"intensity\": 0.4", "\"intensity\": 2", "$.sky.milkyWay.intensity", 10, 32, "2 is too high")]
    [InlineData("\"tilt\": 30", "\"tilt\": 120", "$.sky.milkyWay.tilt", 10, 45, "120 is too high; degrees from upright (0) to lying along the horizon (90): a number from 0 to 90")]
    [InlineData("\"kind\": \"room\"", "\"kind\": \"forest\"", "$.ground.kind", 12, 23, "'forest' is not one of plain, meadow, sea, hills, room")]
    [InlineData("\"treeLine\": 0.3", "\"treeLine\": 3", "$.ground.treeLine", 12, 64, "3 is too high; how tall the trees along the horizon stand: a number from 0 to 1")]
    [InlineData("\"hills\": 0.2", "\"hills\": -1", "$.ground.hills", 12, 78, "-1 is too low; how high the hills rise: a number from 0 to 1")]
    [InlineData("\"wall\": \"#3D3229\"", "\"wall\": \"#EEEEEE\"", "$.room.wall", 13, 21, "too bright for a dosing room")]
    [InlineData("\"lamp\": \"#FFB874\"", "\"lamp\": \"warm\"", "$.room.lamp", 13, 40, "'warm' is not a colour; use #RRGGBB")]
    [InlineData("\"lampIntensity\": 0.5", "\"lampIntensity\": 5", "$.room.lampIntensity", 13, 68, "5 is too high; how brightly the lamp lights the room: a number from 0 to 1")]
    [InlineData("\"rain\": 0.6", "\"rain\": 1.6", "$.room.rain", 13, 81, "1.6 is too high; drops on the window, from none to steady rain: a number from 0 to 1")]
    [InlineData("\"kind\": \"embers\"", "\"kind\": \"sparks\"", "$.atmosphere.motes.kind", 14, 38, "'sparks' is not one of dust, fireflies, embers")]
    [InlineData("\"kind\": \"room\"", "\"kind\": \"meadow\"", "$.room", 13, 11, "walls belong to a room; set ground.kind to \"room\", or remove this group")]
    [InlineData("\"milkyWay\"", "\"milkyway\"", "$.sky.milkyway", 10, 5, "unknown field 'milkyway'; did you mean 'milkyWay'?")]
    public void Each_element_names_the_path_the_line_and_what_to_do(string find, string replace, string path, int line, int column, string message)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        var result = PresetParser.Parse(Valid.Replace(find, replace, StringComparison.Ordinal));

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems, p => p.Path == path && p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal((line, column), (problem.Line, problem.Column));
    }
}
