--TEST--
#-style comments (part 2)
--FILEEOF--
<?php
if (1) {
?>
#<?php }
--EXPECT--
#
