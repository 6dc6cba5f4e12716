using KapImmersive.Rendering.Headless;
using KapImmersive.Rendering.Pictures;

namespace KapImmersive.Rendering.Tests.Support;

/// <summary>One headless Mesa context and renderer for the whole test run, started and stopped here.</summary>
public sealed class RoomFixture : IDisposable
{
    private readonly GlThread _thread = new();
    private readonly HeadlessGlContext _context;
    private readonly RoomPictures _pictures;

    public RoomFixture()
    {
        _context = _thread.Run(() => HeadlessGlContext.Create());
        _pictures = _thread.Run(() => new RoomPictures(_context));
    }

    /// <summary>Runs GL work on the context's own thread.</summary>
    public T Run<T>(Func<RoomPictures, T> work) => _thread.Run(() => work(_pictures));

    public void Dispose()
    {
        _thread.Run(() =>
        {
            _pictures.Dispose();
            _context.Dispose();
            return 0;
        });
        _thread.Dispose();
    }
}
