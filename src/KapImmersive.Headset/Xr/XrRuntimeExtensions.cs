using KapImmersive.Headset.Xr.Native;

namespace KapImmersive.Headset.Xr;

/// <summary>The extensions the active runtime (and the loader) offer, asked before an instance exists.</summary>
internal static unsafe class XrRuntimeExtensions
{
    /// <summary>The offered names; with no runtime the loader answers XR_ERROR_RUNTIME_UNAVAILABLE, thrown as a failed call.</summary>
    public static HashSet<string> Offered()
    {
        const string Call = "xrEnumerateInstanceExtensionProperties";
        uint count;
        XrCheck.Call(XrApi.EnumerateInstanceExtensionProperties(null, 0, &count, null), Call);
        var properties = new XrExtensionProperties[count];
        for (var i = 0; i < count; i++)
        {
            properties[i].Type = XrStructureType.ExtensionProperties;
        }

        fixed (XrExtensionProperties* pointer = properties)
        {
            XrCheck.Call(XrApi.EnumerateInstanceExtensionProperties(null, count, &count, pointer), Call);
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                names.Add(XrText.Read(pointer[i].ExtensionName, 128));
            }

            return names;
        }
    }
}
