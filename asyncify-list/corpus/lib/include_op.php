<?php
// Included by path_include and path_require (paths.php): runs in that function's scope, where
// $op is the op; the op's result is include's value.
return $op();
