namespace KapImmersive.Headset.Xr.Native;

/// <summary>An OpenXR call that failed: which call and the XrResult's name, so a technician's log says what broke.</summary>
public sealed class XrCallFailedException : Exception
{
    public XrCallFailedException(string call, int result)
        : base($"{call} failed: {XrCheck.Name(result)}")
    {
        Call = call;
        Result = result;
    }

    public XrCallFailedException()
        : this("OpenXR", -2)
    {
    }

    public XrCallFailedException(string message)
        : base(message)
    {
        Call = "OpenXR";
        Result = -2;
    }

    public XrCallFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Call = "OpenXR";
        Result = -2;
    }

    public string Call { get; }

    public int Result { get; }

    public bool RuntimeUnavailable => Result == XrCheck.RuntimeUnavailable;
}
