using System.Net;
using System.Net.Sockets;

namespace PiriformisRehab.Web.Features.RateLimits;

/// <summary>
/// Who a client is, for limits: the remote address (after trusted forwarded headers). An IPv6
/// client usually holds a whole /64, so the /64 counts as one client.
/// </summary>
public static class ClientKey
{
    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
