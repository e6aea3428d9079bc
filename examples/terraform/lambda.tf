resource "aws_lambda_function" "get_order" {
  function_name = "get-order"
  role          = aws_iam_role.get_order.arn
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "${path.module}/build/get-order.zip"
}

resource "aws_iam_role" "get_order" {
  name = "get-order"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}

resource "aws_lambda_permission" "api" {
  statement_id  = "AllowApiGateway"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.get_order.function_name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_api_gateway_rest_api.orders.execution_arn}/*/*"
}
