<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Only %n «{0}» left</source>
        <translation>
            <numerusform>Only %n «{0}» left</numerusform>
            <numerusform>Only %n «{0}» left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cake(s) already booked on {0:%d.%m.%Y}: the capacity cannot be less than that</source>
        <translation>
            <numerusform>%n cake already booked on {0:%d.%m.%Y}: the capacity cannot be less than that</numerusform>
            <numerusform>%n cakes already booked on {0:%d.%m.%Y}: the capacity cannot be less than that</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot delete: %n row(s) of {0} refer to it; change or delete those first</source>
        <translation>
            <numerusform>Cannot delete: %n row of {0} refers to it; change or delete it first</numerusform>
            <numerusform>Cannot delete: %n rows of {0} refer to it; change or delete those first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: {0}: {1} (and %n more)</source>
        <translation>
            <numerusform>Nothing was saved: {0}: {1} (and %n more)</numerusform>
            <numerusform>Nothing was saved: {0}: {1} (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n of «{0}» can still be returned</source>
        <translation>
            <numerusform>Only %n of «{0}» can still be returned</numerusform>
            <numerusform>Only %n of «{0}» can still be returned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message numerus="yes">
        <source>%n row(s) written to {0}</source>
        <translation>
            <numerusform>%n row written to {0}</numerusform>
            <numerusform>%n rows written to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CartControls</name>
    <message numerus="yes">
        <source>Take all %n line(s) out of the cart?</source>
        <translation>
            <numerusform>Take the %n line out of the cart?</numerusform>
            <numerusform>Take all %n lines out of the cart?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) can be imported</source>
        <translation>
            <numerusform>%n row can be imported</numerusform>
            <numerusform>%n rows can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused</source>
        <translation>
            <numerusform>, %n refused</numerusform>
            <numerusform>, %n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkAccountDialog</name>
    <message numerus="yes">
        <source>Linked. Orders moved to the account: %n</source>
        <translation>
            <numerusform>Linked. Orders moved to the account: %n</numerusform>
            <numerusform>Linked. Orders moved to the account: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message numerus="yes">
        <source> (%n returned)</source>
        <translation>
            <numerusform> (%n returned)</numerusform>
            <numerusform> (%n returned)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersToConfirm</name>
    <message numerus="yes">
        <source>To confirm: %n</source>
        <translation>
            <numerusform>To confirm: %n</numerusform>
            <numerusform>To confirm: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductionAdminPanel</name>
    <message numerus="yes">
        <source>Every day not planned separately now takes %n cake(s)</source>
        <translation>
            <numerusform>Every day not planned separately now takes %n cake</numerusform>
            <numerusform>Every day not planned separately now takes %n cakes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductionWindow</name>
    <message numerus="yes">
        <source>%n cake(s) to start, {0} booked of a capacity of {1}.</source>
        <translation>
            <numerusform>%n cake to start, {0} booked of a capacity of {1}.</numerusform>
            <numerusform>%n cakes to start, {0} booked of a capacity of {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
