--TEST--
Testing include
--FILE--
<?php
include "015.inc";
?>
--EXPECT--
Hello
