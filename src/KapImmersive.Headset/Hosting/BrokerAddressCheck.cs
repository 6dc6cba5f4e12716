using KapImmersive.Messaging.Headsets;
using Microsoft.Extensions.Options;

namespace KapImmersive.Headset.Hosting;

/// <summary>A broker address that is not a host name or an IP address can never connect: refuse it at start, plainly.</summary>
public sealed class BrokerAddressCheck : IValidateOptions<HeadsetLinkOptions>
{
    public ValidateOptionsResult Validate(string? name, HeadsetLinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Uri.CheckHostName(options.Link.Host) == UriHostNameType.Unknown
            ? ValidateOptionsResult.Fail($"Kap:Headset:Link:Host: '{options.Link.Host}' is not a host name or an IP address")
            : ValidateOptionsResult.Success;
    }
}
