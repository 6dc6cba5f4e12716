using System.Reflection;
using System.Runtime.InteropServices;

namespace KapImmersive.Headset.Xr.Native;

/// <summary>
/// Finds the OpenXR loader under the names it ships as: versioned on Linux distributions (Debian's libopenxr-loader1),
/// unversioned in an Android package and in the Khronos and vendor SDKs.
/// </summary>
internal static class XrLoaderLibrary
{
    public const string Name = "libopenxr_loader.so.1";

    private static readonly string[] Candidates = [Name, "libopenxr_loader.so"];

    /// <summary>Serves the app's assembly; every other library it imports is left to the default search.</summary>
    public static void Register(Assembly assembly) => NativeLibrary.SetDllImportResolver(assembly, Resolve);

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != Name)
        {
            return 0;
        }

        foreach (var candidate in Candidates)
        {
            if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out var handle))
            {
                return handle;
            }
        }

        return 0;
    }
}
