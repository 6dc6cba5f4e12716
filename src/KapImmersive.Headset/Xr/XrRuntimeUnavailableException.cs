namespace KapImmersive.Headset.Xr;

/// <summary>No OpenXR runtime to talk to: the message names what to install.</summary>
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
