// Code-point <-> UTF-16 conversion at the UI boundary (DESIGN invariant 1).
#include "ui/workbench/offsetconversion.h"

#include <QTest>

using dyad::ui::OffsetConversion;

class TestOffsets : public QObject
{
    Q_OBJECT

private slots:
    void bmpTextIsIdentity()
    {
        const QString text = QStringLiteral("信任 trust");
        const OffsetConversion c(text);
        QCOMPARE(c.codePointLength(), 8);
        for (int i = 0; i <= 8; ++i) {
            QCOMPARE(c.toUtf16(i), i);
            QCOMPARE(c.toCodePoint(i), i);
        }
    }

    void supplementaryCharactersCountOnce()
    {
        // "a𠀀🙂b": code points a=0 𠀀=1 🙂=2 b=3; UTF-16 a=0 𠀀=1,2 🙂=3,4 b=5.
        const QString text = QStringLiteral("a\U00020000\U0001F642b");
        QCOMPARE(text.size(), 6);
        const OffsetConversion c(text);
        QCOMPARE(c.codePointLength(), 4);
        QCOMPARE(c.toUtf16(0), 0);
        QCOMPARE(c.toUtf16(1), 1);
        QCOMPARE(c.toUtf16(2), 3);
        QCOMPARE(c.toUtf16(3), 5);
        QCOMPARE(c.toUtf16(4), 6);
        QCOMPARE(c.toCodePoint(0), 0);
        QCOMPARE(c.toCodePoint(1), 1);
        QCOMPARE(c.toCodePoint(3), 2);
        QCOMPARE(c.toCodePoint(5), 3);
        QCOMPARE(c.toCodePoint(6), 4);
        // The middle of a pair belongs to that character.
        QCOMPARE(c.toCodePoint(2), 1);
        QCOMPARE(c.toCodePoint(4), 2);
    }

    void roundTripsEveryCodePoint()
    {
        const QString text = QStringLiteral("\U0001F642x\U00020000\U00020001 中文 \U0001F600");
        const OffsetConversion c(text);
        for (dyad::core::Offset cp = 0; cp <= c.codePointLength(); ++cp)
            QCOMPARE(c.toCodePoint(c.toUtf16(cp)), cp);
    }

    void clampsOutOfRange()
    {
        const OffsetConversion c(QStringLiteral("a\U00020000"));
        QCOMPARE(c.toUtf16(-5), 0);
        QCOMPARE(c.toUtf16(99), 3);
        QCOMPARE(c.toCodePoint(99), 2);
    }
};

QTEST_APPLESS_MAIN(TestOffsets)
#include "test_offsets.moc"
