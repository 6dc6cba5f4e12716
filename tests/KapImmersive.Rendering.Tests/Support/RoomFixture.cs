using KapImmersive.Rendering.Headless;
using KapImmersive.Rendering.Pictures;

namespace KapImmersive.Rendering.Tests.Support;

/// <summary>
/// One headless Mesa context for the whole test run, started and stopped here, with a renderer as a headset's and one
/// with a small sky map for checks over thousands of small frames.
/// </summary>
public sealed class RoomFixture : IDisposable
{
    private readonly GlThread _thread = new();
    private readonly HeadlessGlContext _context;
    /// <summary>Texels along the small sky map's side: finer than a pixel of the small frames it is used for.</summary>
    private const int SmallSkyMapTexels = 256;

    private readonly RoomPictures _pictures;
    private readonly RoomPictures _smallPictures;

    public RoomFixture()
    {
        _context = _thread.Run(() => HeadlessGlContext.Create());
        _pictures = _thread.Run(() => new RoomPictures(_context));
        _smallPictures = _thread.Run(() => new RoomPictures(_context, skyMapTexels: SmallSkyMapTexels));
    }

    /// <summary>Runs GL work on the context's own thread.</summary>
    public T Run<T>(Func<RoomPictures, T> work) => _thread.Run(() => work(_pictures));

    /// <summary>Runs GL work on the context's own thread with the renderer whose sky map is small (frames of 64x36 or so).</summary>
    public T RunSmall<T>(Func<RoomPictures, T> work) => _thread.Run(() => work(_smallPictures));

    public void Dispose()
    {
        _thread.Run(() =>
        {
            _smallPictures.Dispose();
            _pictures.Dispose();
            _context.Dispose();
            return 0;
        });
        _thread.Dispose();
    }
}
