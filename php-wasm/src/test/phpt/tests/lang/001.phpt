--TEST--
Simple If condition test
--FILE--
<?php $a=1; if($a>0) { echo "Yes"; } ?>
--EXPECT--
Yes
