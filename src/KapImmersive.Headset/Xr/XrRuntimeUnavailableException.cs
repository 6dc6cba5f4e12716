namespace KapImmersive.Headset.Xr;

/// <summary>No OpenXR runtime the app can use (none active, or none that takes its OpenGL here): the message says what to install or set.</summary>
public sealed class XrRuntimeUnavailableException : Exception
{
    public XrRuntimeUnavailableException()
    {
    }

    public XrRuntimeUnavailableException(string message)
        : base(message)
    {
    }

    public XrRuntimeUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
