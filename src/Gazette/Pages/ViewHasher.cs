using System.Collections;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Gazette.Pages;

/// <summary>
/// Hashes a view model by walking its public properties, so that a property added to a view is part of every page
/// fingerprint without anyone having to remember it. Far cheaper than serialising the view (a rebuild fingerprints
/// every page of the site), and strings are hashed as they are held, without encoding them.
/// </summary>
internal sealed class ViewHasher
{
    private readonly ConcurrentDictionary<Type, PropertyInfo[]> _properties = new();

    /// <summary>Adds <paramref name="value"/> and everything it holds to <paramref name="hash"/>.</summary>
    public void Append(XxHash3 hash, object? value)
    {
        switch (value)
        {
            case null:
                Tag(hash, 0);
                break;
            case string text:
                Tag(hash, 1);
                Number(hash, text.Length);
                hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
                break;
            case int number:
                Tag(hash, 2);
                Number(hash, number);
                break;
            case ulong number:
                Tag(hash, 9);
                Span<byte> bytes = stackalloc byte[8];
                BitConverter.TryWriteBytes(bytes, number);
                hash.Append(bytes);
                break;
            case bool flag:
                Tag(hash, flag ? (byte)3 : (byte)4);
                break;
            case IEnumerable items:
                Tag(hash, 5);
                foreach (var item in items)
                {
                    Append(hash, item);
                }

                Tag(hash, 6);
                break;
            default:
                Tag(hash, 7);
                foreach (var property in _properties.GetOrAdd(value.GetType(), PropertiesOf))
                {
                    Append(hash, property.GetValue(value));
                }

                Tag(hash, 8);
                break;
        }
    }

    private static PropertyInfo[] PropertiesOf(Type type)
    {
        if (type.IsValueType)
        {
            // A new kind of value in a view must be taught here, or it would be left out of the fingerprint.
            throw new NotSupportedException($"A page fingerprint cannot hash a {type.Name}; teach {nameof(ViewHasher)} about it.");
        }

        return [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)];
    }

    private static void Tag(XxHash3 hash, byte tag) => hash.Append([tag]);

    private static void Number(XxHash3 hash, int number)
    {
        Span<byte> bytes = stackalloc byte[4];
        BitConverter.TryWriteBytes(bytes, number);
        hash.Append(bytes);
    }
}
