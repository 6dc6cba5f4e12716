using System.Globalization;

namespace KapImmersive.Headset.Xr.Native;

/// <summary>Turns an XrResult into success or a <see cref="XrCallFailedException"/> naming the call and the result.</summary>
internal static class XrCheck
{
    public const int Success = 0;
    public const int SessionNotFocused = 8;
    public const int EventUnavailable = 4;
    public const int RuntimeUnavailable = -51;

    /// <summary>Success codes other than XR_SUCCESS (event unavailable, session loss pending, not focused) pass through to the caller.</summary>
    public static int Call(int result, string call) =>
        result >= 0 ? result : throw new XrCallFailedException(call, result);

    public static string Name(int result) => result switch
    {
        0 => "XR_SUCCESS",
        3 => "XR_SESSION_LOSS_PENDING",
        4 => "XR_EVENT_UNAVAILABLE",
        8 => "XR_SESSION_NOT_FOCUSED",
        9 => "XR_FRAME_DISCARDED",
        -1 => "XR_ERROR_VALIDATION_FAILURE",
        -2 => "XR_ERROR_RUNTIME_FAILURE",
        -3 => "XR_ERROR_OUT_OF_MEMORY",
        -4 => "XR_ERROR_API_VERSION_UNSUPPORTED",
        -6 => "XR_ERROR_INITIALIZATION_FAILED",
        -7 => "XR_ERROR_FUNCTION_UNSUPPORTED",
        -9 => "XR_ERROR_EXTENSION_NOT_PRESENT",
        -12 => "XR_ERROR_HANDLE_INVALID",
        -16 => "XR_ERROR_SESSION_RUNNING",
        -17 => "XR_ERROR_SESSION_NOT_RUNNING",
        -18 => "XR_ERROR_SESSION_LOST",
        -19 => "XR_ERROR_SYSTEM_INVALID",
        -24 => "XR_ERROR_SWAPCHAIN_FORMAT_UNSUPPORTED",
        -25 => "XR_ERROR_ACTION_TYPE_MISMATCH",
        -26 => "XR_ERROR_SESSION_NOT_READY",
        -27 => "XR_ERROR_SESSION_NOT_STOPPING",
        -28 => "XR_ERROR_TIME_INVALID",
        -29 => "XR_ERROR_REFERENCE_SPACE_UNSUPPORTED",
        -31 => "XR_ERROR_VIEW_CONFIGURATION_TYPE_UNSUPPORTED",
        -32 => "XR_ERROR_FORM_FACTOR_UNSUPPORTED",
        -33 => "XR_ERROR_FORM_FACTOR_UNAVAILABLE",
        -38 => "XR_ERROR_GRAPHICS_DEVICE_INVALID",
        -45 => "XR_ERROR_ENVIRONMENT_BLEND_MODE_UNSUPPORTED",
        -46 => "XR_ERROR_NAME_INVALID",
        -50 => "XR_ERROR_GRAPHICS_REQUIREMENTS_CALL_MISSING",
        -51 => "XR_ERROR_RUNTIME_UNAVAILABLE",
        _ => string.Create(CultureInfo.InvariantCulture, $"XrResult {result}"),
    };
}
