namespace KapImmersive.Rendering.Gpu;

/// <summary>The OpenGL enum values the renderer passes through <see cref="IGl"/>; OpenGL, GLES and WebGL2 share them.</summary>
public static class GlConstants
{
    public const int Renderer = 0x1F01;
    public const int Version = 0x1F02;

    public const int Blend = 0x0BE2;
    public const int CullFace = 0x0B44;
    public const int DepthTest = 0x0B71;

    public const int One = 1;
    public const int SrcAlpha = 0x0302;
    public const int OneMinusSrcAlpha = 0x0303;

    public const int VertexShader = 0x8B31;
    public const int FragmentShader = 0x8B30;
    public const int CompileStatus = 0x8B81;
    public const int LinkStatus = 0x8B82;

    public const int ArrayBuffer = 0x8892;
    public const int StaticDraw = 0x88E4;
    public const int StreamDraw = 0x88E0;
    public const int FloatType = 0x1406;
    public const int UnsignedByte = 0x1401;

    public const int Triangles = 0x0004;
    public const int TriangleStrip = 0x0005;
    public const int TriangleFan = 0x0006;

    public const int Texture2D = 0x0DE1;
    public const int Texture0 = 0x84C0;
    public const int TextureMinFilter = 0x2801;
    public const int TextureMagFilter = 0x2800;
    public const int TextureWrapS = 0x2802;
    public const int TextureWrapT = 0x2803;
    public const int Nearest = 0x2600;
    public const int Linear = 0x2601;
    public const int LinearMipmapNearest = 0x2701;
    public const int ClampToEdge = 0x812F;
    public const int Repeat = 0x2901;

    public const int Rgba = 0x1908;
    public const int Rgba8 = 0x8058;
    public const int Rgba16F = 0x881A;
    public const int Rgb10A2 = 0x8059;

    public const int PackAlignment = 0x0D05;
    public const int UnpackAlignment = 0x0CF5;

    public const int Framebuffer = 0x8D40;
    public const int ColorAttachment0 = 0x8CE0;
    public const int FramebufferComplete = 0x8CD5;
}
