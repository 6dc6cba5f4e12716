using KapImmersive.Core.Scene;
using KapImmersive.Headset.Web.Graphics;
using KapImmersive.Rendering;
using KapImmersive.Rendering.Headless;
using KapImmersive.Rendering.Pictures;

namespace KapImmersive.Headset.Web.Checks;

/// <summary>
/// Stills of the room drawn in the browser by the web headset's own renderer on WebGL2, as `kap render` draws them
/// natively: a preset at given moments of a scripted session. How a technician (and the tests) check that a headset's
/// browser draws the room as the native renderer does, pixel for pixel within rounding.
/// </summary>
internal static class BrowserPictures
{
    /// <returns>Width x height x 4 RGBA bytes (top row first) for each moment, one after another.</returns>
    public static byte[] Render(IReadOnlyList<string> presetDocuments, string presetId, string scriptJson, IReadOnlyList<double> moments, PictureEye eye, int width, int height)
    {
        var gl = new WebGl();
        using var pictures = new RoomPictures(gl, new RoomRenderer(gl, GlFlavour.Es30, new CanvasPanelArt()));
        var session = ScriptedRoom.Start(presetDocuments, presetId, scriptJson).Session;
        var size = eye == PictureEye.Both ? width * 2 * height * 4 : width * height * 4;
        var all = new byte[size * moments.Count];
        for (var i = 0; i < moments.Count; i++)
        {
            var frame = SceneComposer.Compose(session.AdvanceTo(moments[i]), moments[i]);
            pictures.Render(frame, eye, width, height).Pixels.CopyTo(all.AsSpan(i * size));
        }

        return all;
    }
}
