using System.Globalization;
using System.Text;
using DeepExam.Grading.Submissions;
using FsCheck;
using FsCheck.Fluent;

namespace DeepExam.Tests.Grading;

public class FileNameTextTests
{
    [TestCase("73313030312e79616d6c", @"s1001.yaml", TestName = "printable ASCII shows as itself")]
    [TestCase("4dc3bc6c6c65722e79616d6c", @"Müller.yaml", TestName = "UTF-8 shows as itself")]
    [TestCase("f09f98802e79616d6c", "\U0001F600.yaml", TestName = "a character outside the BMP shows as itself")]
    [TestCase("4dfc6c6c65722e79616d6c", @"M\xfcller.yaml", TestName = "a Latin-1 byte is escaped")]
    [TestCase("61c3", @"a\xc3", TestName = "a sequence cut short at the end is escaped")]
    [TestCase("610a62", @"a\x0ab", TestName = "a newline is escaped")]
    [TestCase("1b5b326a2e79616d6c", @"\x1b[2j.yaml", TestName = "a terminal escape is escaped")]
    [TestCase("c29b", @"\xc2\x9b", TestName = "a C1 control character is escaped byte by byte")]
    [TestCase("615c62", @"a\b", TestName = "a backslash shows as itself")]
    [TestCase("5c78666365", @"\x5cxfce", TestName = "a backslash that would read as an escape is escaped")]
    [TestCase("5c7846", @"\xF", TestName = "a backslash before x and one hex digit shows as itself")]
    public void Shows_a_byte_name(string bytes, string shown)
    {
        Assert.That(FileNameText.Show(Convert.FromHexString(bytes)), Is.EqualTo(shown));
    }

    [Property(MaxTest = 2000)]
    public Property Two_different_names_never_show_alike()
    {
        // Reading \xNN back as the byte NN undoes the escaping, so the escaping is one-to-one.
        var names = Gen.Elements<byte>(0x5c, 0x78, 0x66, 0x41, 0x0a, 0xc3, 0xbc, 0xfc, 0xc2, 0x9b, 0x2e, 0xe2, 0x80, 0xae, 0xf0, 0x9f, 0x98).ArrayOf();
        return Prop.ForAll(names.ToArbitrary(), name => Unescape(FileNameText.Show(name)).SequenceEqual(name));
    }

    private static byte[] Unescape(string shown)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < shown.Length; i++)
        {
            if (shown[i] == '\\' && i + 3 < shown.Length && shown[i + 1] == 'x' && char.IsAsciiHexDigit(shown[i + 2]) && char.IsAsciiHexDigit(shown[i + 3]))
            {
                bytes.Add(byte.Parse(shown.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 3;
            }
            else if (char.IsHighSurrogate(shown[i]))
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(shown.Substring(i, 2)));
                i++;
            }
            else bytes.AddRange(Encoding.UTF8.GetBytes(shown[i].ToString()));
        }
        return [.. bytes];
    }
}
